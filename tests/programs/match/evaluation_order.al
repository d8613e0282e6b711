# The subject is evaluated once; value patterns call the subject's __eq__
# first (subject == value), in case order; class-pattern attributes are
# all fetched before any sub-pattern is tried.
calls = []


def subject():
    calls.append("subject")
    return Probe(2)


class Probe:
    __match_args__ = ("a", "b")

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(f"eq({self.v}, {other!r})")
        return self.v == other

    def __getattr__(self, name):
        calls.append(f"getattr {name}")
        if name in ("a", "b", "c"):
            return self.v
        raise AttributeError(name)


class Values:
    ONE = 1
    TWO = 2


match subject():
    case 0:
        print("zero")
    case Values.ONE:
        print("one")
    case Values.TWO:
        print("two")
print(calls)

calls.clear()
match Probe(5):
    case Probe(1, b=9):
        print("no")
    case Probe(a, missing=_):
        print("no: missing attribute")
    case Probe(x, y, c=z) if calls.append("guard") is None:
        print("matched", x, y, z)
print(calls)


class Reflecting:
    def __eq__(self, other):
        return NotImplemented


class Lenient:
    def __eq__(self, other):
        print("  Lenient.__eq__ with", type(other).__name__)
        return True


class K:
    L = Lenient()


match Reflecting():
    case K.L:
        print("reflected to the pattern value's __eq__")


class Weird:
    def __eq__(self, other):
        return [] if other == 1 else [0]


match Weird():
    case 1:
        print("an empty list is false")
    case 2:
        print("a non-empty list is true")
