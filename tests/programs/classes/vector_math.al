# A 2-D vector with a full set of numeric special methods.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        return iter((self.x, self.y))

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __round__(self, n=0):
        return Vec(round(self.x, n), round(self.y, n))


a, b = Vec(3, 4), Vec(1.5, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, -a, abs(a))
print(bool(Vec()), bool(a), list(a), a[0], a[-1], tuple(b))
x, y = a + b
print(x, y, round(Vec(1.234, 5.678), 1), Vec(1, 2) == Vec(1.0, 2.0))
print(len({Vec(1, 2), Vec(1.0, 2.0), Vec(2, 1)}))
total = Vec()
for v in [Vec(1, 1)] * 5:
    total += v
print(total, sum([Vec(1, 2), Vec(3, 4)], Vec()))
pts = [Vec(3, 1), Vec(-1, 0), Vec(0, 2)]
print(sorted(pts, key=abs), max(pts, key=lambda p: p.x))
print(f"{abs(Vec(1, 1)):.4f}", "%s|%r" % (a, b))
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError ok")
