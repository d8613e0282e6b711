# What a class dict holds besides the namespace: member descriptors for
# __slots__, the __dict__ and __weakref__ getsets, __doc__ and __hash__.
import collections


class A:
    pass


class B(A):
    pass


class WithEq:
    """doc"""
    def __eq__(self, other):
        return True
    x = 1


class I(int):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class F(float):
    pass


class S(str):
    pass


class E(Exception):
    pass


class E2(E):
    pass


class Slots:
    __slots__ = ("z", "a", "__x")


class Slots2(Slots):
    pass


class SlotsDict:
    __slots__ = ("a", "__dict__")


class SlotsWeak:
    __slots__ = ("__weakref__",)


class SlotsOnA(A):
    __slots__ = ("b",)


class Mix(Slots, A):
    pass


class M(type):
    pass


class St(set):
    pass


class Dq(collections.deque):
    pass


class ESlots(Exception):
    __slots__ = ("q",)


for c in [A, B, WithEq, I, T, L, D, F, S, E, E2, Slots, Slots2, SlotsDict,
          SlotsWeak, SlotsOnA, Mix, M, St, Dq, ESlots]:
    print(c.__name__, list(c.__dict__))

print(A.__dict__["__dict__"], A.__dict__["__weakref__"])
print(type(A.__dict__["__dict__"]).__name__, A.__dict__["__dict__"].__objclass__)
print(Slots.__dict__["a"], Slots.__dict__["_Slots__x"], type(Slots.__dict__["z"]).__name__)
print(WithEq.__dict__["__hash__"], WithEq.__hash__)

a = A()
a.v = 1
print(a.__dict__, a.__weakref__)
b = B()
b.w = 2
print(b.__dict__, b.__weakref__)
try:
    b.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.__weakref__
except AttributeError as e:
    print("AttributeError:", e)
b.__dict__ = {"q": 5}
print(b.q, b.__dict__)
del b.__dict__
print(b.__dict__)
try:
    b.__dict__ = 1
except TypeError as e:
    print("TypeError:", e)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class TwoDicts(A):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)
try:
    class TwoWeak(A):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

s = Slots()
s.a = 1
s._Slots__x = 2
print(s.a, s._Slots__x, hasattr(s, "z"), hasattr(s, "__dict__"))
sd = SlotsDict()
sd.a = 1
sd.other = 2
print(sd.a, sd.__dict__)
print(hasattr(Slots(), "__weakref__"), SlotsWeak().__weakref__)
print([n for n in dir(Slots) if not n.startswith("__")], "__dict__" in dir(Slots))
print([n for n in dir(s) if not n.startswith("__")], [n for n in dir(sd) if not n.startswith("__")])
print("__weakref__" in dir(SlotsWeak), "__dict__" in dir(Mix), dir(Slots2) == sorted(set(dir(Slots)) | {"__dict__", "__weakref__"}))
