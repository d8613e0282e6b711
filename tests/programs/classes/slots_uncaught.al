# __slots__ classes reject attributes they do not declare.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point3(1, 2, 3)
print(p, p.z, hasattr(p, "__dict__"), Point.__slots__, Point3.__slots__)
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)
q = Point(0, 0)
del q.y
try:
    print(q.y)
except AttributeError as e:
    print("AttributeError:", e)
q.y = 9
print(q)
q.z = 1
