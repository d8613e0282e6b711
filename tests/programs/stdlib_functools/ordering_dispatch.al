# total_ordering on a Version class (sorting, max, comparisons with other
# types), and a singledispatch pretty-printer with registrations by
# decorator argument, by annotation and by call, dispatching on subclasses.
from functools import total_ordering, singledispatch


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(t) for t in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2.0", "1.10"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b)
print(sorted(Version.__dict__.keys() & {"__le__", "__gt__", "__ge__"}))
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 3
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def pretty(obj, indent=0):
    return " " * indent + repr(obj)


@pretty.register(list)
@pretty.register(tuple)
def _(obj, indent=0):
    inner = "\n".join(pretty(x, indent + 2) for x in obj)
    return " " * indent + type(obj).__name__ + "[\n" + inner + "\n" + " " * indent + "]"


@pretty.register
def _(obj: dict, indent=0):
    return " " * indent + "{" + ", ".join(f"{k}: {pretty(v)}" for k, v in obj.items()) + "}"


def pretty_bool(obj, indent=0):
    return " " * indent + ("yes" if obj else "no")


pretty.register(bool, pretty_bool)


class Tagged(list):
    pass


print(pretty([1, "two", (3.0, True), {"k": [None]}]))
print(pretty(Tagged([False])), pretty(True), pretty(1))
print(pretty.dispatch(Tagged) is pretty.dispatch(list), pretty.dispatch(int) is pretty.dispatch(object))
print(sorted(t.__name__ for t in pretty.registry))
try:
    pretty()
except TypeError as e:
    print("TypeError:", e)
