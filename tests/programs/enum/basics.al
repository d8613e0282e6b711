from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.GREEN, Color))
print(Color(2), Color["BLUE"], Color(3) is Color.BLUE)
print(list(Color), len(Color))
for c in Color:
    print(c.name, c.value)
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1, Color.RED is Color.RED)
print(Color.RED in Color, Color.__members__["GREEN"])
print({Color.RED: "r", Color.GREEN: "g"}[Color.GREEN])
print(sorted(Color, key=lambda c: -c.value))
print(Color.RED._name_, Color.RED._value_, Color._member_names_)
print(hash(Color.RED) == hash(Color.RED), bool(Color.RED), bool(Color))
print(repr(Color), str(Color), Color.__name__, type(Color).__name__)
print(f"{Color.RED}", "{}".format(Color.BLUE), "%s" % Color.GREEN, f"[{Color.RED!r}]")
print([m.value for m in reversed(Color)])
x = Color.GREEN
match x:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
print(Color.RED.__class__.__name__, Color.BLUE.RED)
