# The built-in types that match themselves: int(x), str(x), ... bind the
# subject; isinstance decides (bool is an int; subclasses match too).
class MyInt(int):
    pass


class Word(str):
    pass


class Pair(tuple):
    pass


def typeof(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list(l):
            return f"list of {len(l)}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict(d):
            return f"dict with {sorted(d)}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s):
            return f"set of {len(s)}"
        case _:
            return "something else"


for x in [True, 3, MyInt(7), 2.5, "hi", Word("w"), [1, 2], (1,), Pair((1, 2)),
          {"b": 1, "a": 2}, {1, 2, 3}, frozenset([1]), None, range(3)]:
    print(repr(x), "->", typeof(x))

match MyInt(5):
    case MyInt(n):
        print("MyInt matched itself:", n, type(n).__name__)

match 5:
    case MyInt():
        print("5 is a MyInt?")
    case int():
        print("5 is just an int")

match 42:
    case int(0):
        print("zero")
    case int(42 as n):
        print("the answer", n)

match "text":
    case str("text" | "other"):
        print("str with literal sub-pattern")

match [1, "a", 2.0]:
    case [int(a), str(b), float(c)]:
        print("typed row", a, b, c)


class Loud(int):
    __match_args__ = ("real", "imag")


match Loud(9):
    case Loud(r, i):
        print("int subclass with __match_args__:", r, i)
