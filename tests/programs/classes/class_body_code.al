# A class body runs like any code: loops, conditions, calls, nested classes.
def make_table(n):
    return [i * i for i in range(n)]


class Config:
    print("building Config")
    squares = make_table(5)
    total = 0
    for s in squares:
        total += s
    if total > 10:
        size = "big"
    else:
        size = "small"
    names = {k: len(k) for k in ("alpha", "be", "gam")}
    del s

    class Inner:
        level = 2

        def where(self):
            return "inner"

    def show(self):
        return (self.size, self.total)


print(Config.squares, Config.total, Config.size, Config.names)
print(Config().show())
print(Config.Inner.level, Config.Inner().where())
print(Config.Inner.__name__, Config.Inner.__qualname__)
print(Config.Inner)
print(hasattr(Config, "s"))


def factory(label):
    class Made:
        tag = label

        def get(self):
            return self.tag

    return Made


A = factory("a")
B = factory("b")
print(A().get(), B().get(), A is B, A.__qualname__)
print(A)

x = 10


class UsesGlobal:
    y = x + 1
    z = [x for _ in range(2)]


print(UsesGlobal.y, UsesGlobal.z)
