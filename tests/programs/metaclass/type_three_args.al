# type(name, bases, ns) and calling a metaclass directly.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns = dict(ns)
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw


class Base(metaclass=Meta):
    pass


A = Meta("A", (), {"x": 1})
print(A.__name__, A.x, A.made_by, A.kw, type(A).__name__)
B = Meta("B", (Base,), {"y": 2}, flag=3)
print(B.y, B.made_by, B.kw, B.__bases__)
# type() with a base whose metaclass is Meta hands over to Meta.
C = type("C", (Base,), {"z": 3})
print(type(C).__name__, C.made_by, C.z, C.kw)
D = type.__new__(Meta, "D", (), {"w": 4})
print(type(D).__name__, D.w, hasattr(D, "made_by"))
print(type(Base), type(type), type(Meta))

for args in [(), ("X",), ("X", (), {}, 4)]:
    try:
        Meta(*args)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(3, "X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Meta("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    Meta("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
