# __slots__ names are member descriptors in the class dict; instances
# read and write them through the descriptor (and the inline caches).


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


print(Point.x, Point.y, Point3.z, Point3.x is Point.x)
print(list(Point.__dict__), list(Point3.__dict__))
p = Point3(1, 2, 3)
total = 0
for i in range(1000):
    total += p.x + p.y + p.z
    p.x = i % 7
print(total, p.norm(), p.x)
print(Point.__dict__["x"].__get__(p), Point3.__dict__["z"].__get__(p))
del p.y
print(hasattr(p, "y"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.w = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
p.y = 5
print(p.y, [getattr(p, n) for n in ("x", "y", "z")])
setattr(p, "z", 30)
print(p.z, vars(Point).get("z"), vars(Point3)["z"].__name__)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__, sorted(WithDict.__dict__))


class Private:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = "s"
        self.public = "p"

    def reveal(self):
        return self.__secret


pr = Private()
print(pr.reveal(), pr._Private__secret, sorted(k for k in Private.__dict__ if not k.startswith("__")))


class Shadow:
    # A property with the slot's name in a subclass wins.
    __slots__ = ("v",)


class ShadowSub(Shadow):
    @property
    def v(self):
        return "property"


s = ShadowSub()
print(s.v)
try:
    s.v = 1
except AttributeError as e:
    print("AttributeError:", e)
Shadow.v.__set__(s, 99)
print(Shadow.v.__get__(s), s.v)


class StrSlots:
    __slots__ = "only"


print(list(StrSlots.__dict__), StrSlots.only)
