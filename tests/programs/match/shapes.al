# Shape classes matched with keyword patterns, positional patterns through
# __match_args__, and class patterns nested in sequences.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Rect:
    def __init__(self, corner, width, height):
        self.corner = corner
        self.width = width
        self.height = height


class Square(Rect):
    def __init__(self, corner, side):
        super().__init__(corner, side, side)


def area(shape):
    match shape:
        case Circle(radius=r):
            return round(3.14159 * r * r, 2)
        case Square(width=s):
            return s * s
        case Rect(width=w, height=h):
            return w * h
        case Point():
            return 0
        case _:
            raise TypeError(f"not a shape: {shape!r}")


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point(x=x, y=y):
            return f"somewhere at {x},{y}"
        case Circle(Point(0, 0), r):
            return f"centred circle of radius {r}"
        case Circle(c, r):
            return f"circle around {c}"
        case Rect(corner=Point(x=0, y=0) as p):
            return f"rectangle at {p}"
        case Rect(corner=c):
            return f"rectangle from {c}"


shapes = [
    Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
    Circle(Point(0, 0), 1), Circle(Point(1, 1), 2.5),
    Rect(Point(0, 0), 2, 3), Square(Point(4, 4), 5),
]
for s in shapes:
    print(type(s).__name__, where(s), area(s))
try:
    area("circle")
except TypeError as e:
    print("TypeError:", e)

pairs = [(Point(1, 2), Point(1, 5)), (Point(0, 0), Circle(Point(0, 0), 3)), [Point(2, 2), Point(3, 2)]]
for pair in pairs:
    match pair:
        case (Point(x1, _), Point(x2, _)) if x1 == x2:
            print("vertical segment at x =", x1)
        case [Point(_, y1), Point(_, y2)] if y1 == y2:
            print("horizontal segment at y =", y1)
        case (Point() as p, Circle(center=c)):
            print("point", p, "and circle at", c)
