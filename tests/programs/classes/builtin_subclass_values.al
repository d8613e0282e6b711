# Subclasses of str, tuple and float keep working with every built-in.
class Tag(str):
    def wrap(self):
        return f"<{self}>"


t = Tag("div")
print(t, t.wrap(), t.upper(), "-".join([t, t]), t.startswith("d"), "iv" in t, t * 2)
print(sorted([Tag("b"), "a", Tag("c")]), {t: 1}["div"], t == "div", len(t), t[1:], list(t))
print(type(t).__name__, type(t.upper()).__name__, isinstance(t, str), repr(t), f"[{t:>5}]")
print("%s|%r" % (t, t), "{}".format(t), str(t) == "div", t.split("i"), t.replace("d", "D"))
t.extra = "attrs work too"
print(t.extra)


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p, q = Point(1, 2), Point(10, 20)
print(p, q, p + q, p.x, q.y, len(p), p == (1, 2), p < q, hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), p[::-1], max(p), tuple(p), sorted([q, p]), {p: "p"}[(1, 2)])
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(p, tuple), type(p).__mro__)


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"

    def to_f(self):
        return Celsius(self * 9 / 5 + 32)


c = Celsius(21.5)
print(c, repr(c), c.to_f(), c + 1, round(c), int(c), c > 20, f"{c:.2f}", [c])
print(str(c), float(c), abs(Celsius(-3)), type(c * 2).__name__, max(c, 30.0))
