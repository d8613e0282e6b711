# A 3-D vector with the full operator set, used like a numeric type.

class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"

    def __iter__(self):
        return iter((self.x, self.y, self.z))

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
        return NotImplemented

    def __sub__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k, self.z * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y + self.z * k.z
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k, self.z // k)

    def __matmul__(self, o):
        return Vec(
            self.y * o.z - self.z * o.y,
            self.z * o.x - self.x * o.z,
            self.x * o.y - self.y * o.x,
        )

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self * self) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y or self.z)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __lt__(self, o):
        return abs(self) < abs(o)


a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b)
print(repr(a / 2), b // 4, -a, +a is a, abs(Vec(3, 4, 0)))
print(bool(Vec()), bool(a), len(a), a[1], a[-1], list(a), max(a))
x, y, z = b
print(x, y, z, a == Vec(1, 2, 3), a != b, a == (1, 2, 3))
print({a: "a", b: "b"}[Vec(4, 5, 6)], len({a, Vec(1, 2, 3), b}))
print(sorted([b, Vec(0, 0, 1), a]), min(a, b), max([a, b, Vec(9, 9, 9)]))
acc = Vec()
for v in [a, b, Vec(1, 1, 1)]:
    acc += v
print(acc, acc is not a)
acc *= 0.5
print(acc, f"{acc}", f"{acc!r}", str([acc]))
print(a > b, a <= b if hasattr(Vec, "__le__") and Vec.__le__ is not object.__le__ else "no le")
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
try:
    a.w = 1
except AttributeError as e:
    print(e)
