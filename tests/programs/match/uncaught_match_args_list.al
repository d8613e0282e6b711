# __match_args__ must be a tuple: a list raises TypeError when a positional
# sub-pattern needs it.
class Record:
    __match_args__ = ["id", "name"]

    def __init__(self, id, name):
        self.id = id
        self.name = name


r = Record(1, "ann")
match r:
    case Record(id=1):
        print("keyword patterns do not look at __match_args__")
match r:
    case Record(i, n):
        print(i, n)
