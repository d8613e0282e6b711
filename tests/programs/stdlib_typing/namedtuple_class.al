from typing import NamedTuple, Optional
import typing


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p.x, p[1], len(p), tuple(p))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._asdict(), p._replace(y=9), Point._make([7, 8]))
print(isinstance(p, tuple), type(Point), Point.__mro__, Point.__name__)
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))


class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3
    manager: Optional[str] = None

    def describe(self):
        return f"{self.name} ({self.id})"

    @property
    def upper(self):
        return self.name.upper()

    def __repr__(self):
        return "<Employee " + self.name + ">"


e = Employee("ann")
print(e, e.describe(), e.upper, e.manager, Employee.__doc__, Employee._field_defaults)
print(Employee.__annotations__)
try:
    p.x = 5
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Point()
except TypeError as err:
    print(type(err).__name__, err)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print(type(err).__name__, err)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as err:
    print(type(err).__name__, err)
try:
    class Bad3(NamedTuple, int):
        a: int
except TypeError as err:
    print(type(err).__name__, err)
P3 = NamedTuple("P3", [("a", int), ("b", str)])
print(P3(1, "x"), P3._fields, P3.__annotations__)
P4 = NamedTuple("P4", a=int, b=float)
print(P4(1, 2.5), P4.__annotations__)
try:
    NamedTuple("P5", [("a", int)], b=int)
except TypeError as err:
    print(type(err).__name__, err)
