# A class's __dict__ is a read-only mappingproxy over the class namespace.


class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


d = Point.__dict__
print(type(d), type(d).__name__, type(d).__module__)
print(d["dims"], "dims" in d, "missing" in d, len(d))
print(list(d))
print(list(d.keys()))
print([type(v).__name__ for v in d.values()])
print([k for k, v in d.items() if callable(v)])
print(d.get("dims"), d.get("nope"), d.get("nope", 7))
c = d.copy()
print(type(c), c["dims"], c is d)
print(d["__doc__"])

try:
    d["dims"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del d["dims"]
except TypeError as e:
    print("TypeError:", e)
try:
    d |= {"a": 1}
except TypeError as e:
    print("TypeError:", e)
try:
    d.dims = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)

# The proxy reads through to the class namespace, which can still change.
setattr(Point, "z", 0)
print("z" in d, d["z"], list(d)[-1])
Point.dims = 3
print(d["dims"])
del Point.z
print("z" in d)
try:
    d["z"]
except KeyError as e:
    print("KeyError:", e)

# A new proxy each time, equal to each other and to a dict copy.
print(Point.__dict__ is Point.__dict__, Point.__dict__ == Point.__dict__)
print(vars(Point) == dict(Point.__dict__), type(vars(Point)).__name__)
print(d != {}, bool(d))

merged = d | {"extra": 1}
print(type(merged).__name__, merged["extra"], "extra" in d)
merged = {"first": 0} | d
print(list(merged)[:2])
print(sorted(k for k in {**d} if not k.startswith("__")))


def show(**kw):
    return sorted(k for k in kw if not k.startswith("__"))


print(show(**d))
print(repr(d).startswith("mappingproxy({'__module__': '__main__'"))
print(str(d).startswith("{'__module__'"))


class Sub(Point):
    pass


print(list(Sub.__dict__))
print(Sub.__dict__["__module__"], "norm" in Sub.__dict__, "norm" in Point.__dict__)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    flag = True


print(type(WithMeta.__dict__).__name__, list(WithMeta.__dict__))
print(type(Meta.__dict__).__name__, list(Meta.__dict__))

for k in reversed(Point.__dict__):
    print(k, end=" ")
print()
print(list(iter(d)) == list(d), d.__len__(), d.__contains__("norm"), d.__getitem__("dims"))
