# Annotated assignments: module and class bodies evaluate the annotation
# and keep it in __annotations__ (after the value is assigned); function
# bodies evaluate nothing.
order = []


def note(label):
    order.append(label)
    return label


x: note("ann x") = note("value x")
y: int
z: list[int] | None = None
print(__annotations__)
print(order)


class Point:
    """A point."""
    x: float = 0.0
    y: float
    label: str = "origin"
    if True:
        inside: dict[str, int] = {}

    def norm(self) -> float:
        return 0.0


print(Point.__annotations__, Point.x, Point.label, Point.inside)
print("y" in Point.__dict__, hasattr(Point, "y"))


class Plain:
    pass


print("__annotations__" in Plain.__dict__)


def f():
    local: undefined_name_is_fine_here = 3
    other: also_undefined
    return local


print(f())

try:
    bad: undefined_at_module = 1
except NameError as e:
    print("NameError:", e)
print(bad)


class Target:
    pass


t = Target()
t.attr: int = 5
print(t.attr, __annotations__.get("attr"))
d = {}
d["k"]: str = "v"
print(d)
