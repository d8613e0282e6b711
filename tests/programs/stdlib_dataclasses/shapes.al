# Dataclasses as plain records in a program: geometry with methods,
# properties, class methods, defaults computed in __post_init__, sorting by
# several keys and a frozen cache key.
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)


@dataclass(order=True)
class Shape:
    sort_index: float = field(init=False, repr=False)
    name: str
    points: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.perimeter()

    def perimeter(self):
        pts = self.points
        return round(sum(a.dist(b) for a, b in zip(pts, pts[1:] + pts[:1])), 6)

    @classmethod
    def square(cls, side, origin=Point(0, 0)):
        o = origin
        return cls(f"square{side}", [o, o + Point(side, 0), o + Point(side, side), o + Point(0, side)])


@lru_cache(maxsize=None)
def area_of(p1, p2, p3):
    return abs((p2.x - p1.x) * (p3.y - p1.y) - (p3.x - p1.x) * (p2.y - p1.y)) / 2


tri = Shape("tri", [Point(0, 0), Point(3, 0), Point(0, 4)])
shapes = sorted([Shape.square(2), tri, Shape.square(1, Point(5, 5))])
for s in shapes:
    print(s, s.sort_index)
print(area_of(*tri.points), area_of(*tri.points), area_of.cache_info().hits)
moved = replace(tri, name="tri2")
print(moved, moved == tri, moved.sort_index == tri.sort_index)
print({Point(1, 2): "a", Point(1, 2.0): "b"})
print(Point(1, 2) in {Point(1, 2)}, Point.__doc__)
