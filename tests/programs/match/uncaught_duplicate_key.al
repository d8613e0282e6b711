# Two value-pattern keys that are equal at run time: ValueError.
class Keys:
    NAME = "name"
    TITLE = "name"


person = {"name": "Ada", "role": "engineer"}
match person:
    case {Keys.NAME: n, Keys.TITLE: t}:
        print(n, t)
