# Classes made with type(name, bases, namespace) behave like class statements.
def init(self, x):
    self.x = x


def show(self):
    return f"{type(self).__name__}(x={self.x})"


Point = type("Point", (), {"__init__": init, "__repr__": show, "dims": 2})
p = Point(3)
print(p, Point.__name__, Point.dims, p.dims, type(p) is Point, isinstance(p, object))
Point3 = type("Point3", (Point,), {"dims": 3, "z": 0})
q = Point3(5)
print(q, q.dims, q.z, isinstance(q, Point), issubclass(Point3, Point))
print([c.__name__ for c in Point3.__mro__], Point3.__bases__ == (Point,))
Err = type("AppError", (ValueError,), {})
try:
    raise Err("bad thing")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
print(type(p), type(Point), type(type), type(3) is int)
Empty = type("Empty", (object,), {"__doc__": "docs"})
print(Empty.__doc__, Empty().__class__.__name__)
