# __new__: singletons, instance caching, immutable int/tuple subclasses,
# and __new__ returning an object of another class (no __init__ call).
class Config:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  creating the one Config")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name="default"):
        print(f"  __init__({name!r})")
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, Config._instance is a)


class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = object.__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]

    def __repr__(self):
        return f"Color({self.key!r})"


print(Color("Red") is Color("RED"), Color("blue"), len(Color._cache), sorted(Color._cache))


class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

    def half(self):
        return Even(self // 2) if (self // 2) % 2 == 0 else int(self // 2)


e = Even(8)
print(e, e + 1, e.half(), type(e.half()).__name__, isinstance(e, int))
try:
    Even(7)
except ValueError as err:
    print("ValueError:", err)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), len(p), hash(p) == hash((3, 4)), {p: "here"}[(3, 4)])
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError:", err)


class Shape:
    def __new__(cls, sides):
        if sides == 3:
            return object.__new__(Triangle)
        if sides == 0:
            return "not a shape"
        return object.__new__(cls)

    def __init__(self, sides):
        print(f"  Shape.__init__({sides})")
        self.sides = sides


class Triangle(Shape):
    def __init__(self, sides):
        print("  Triangle.__init__")
        self.sides = 3


s3, s4, s0 = Shape(3), Shape(4), Shape(0)
print(type(s3).__name__, s3.sides, type(s4).__name__, s4.sides, s0)


class Unrelated:
    pass


class Odd:
    def __new__(cls):
        return Unrelated()

    def __init__(self):
        print("never printed")


print(type(Odd()).__name__)
