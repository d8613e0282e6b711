# Which objects can be weakly referenced: CPython's types decide
# (instances of classes, functions, types, sets, generators, modules,
# files ...), and classes whose __slots__ leave out __weakref__ cannot.
import weakref
import collections
import io
import sys


class C:
    def m(self):
        pass


class Slots:
    __slots__ = ("a",)


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class SlotsWeakChild(SlotsWeak):
    __slots__ = ("b",)


class SlotsChild(Slots):
    pass


class SlotsEmptyChild(Slots):
    __slots__ = ()


class I(int):
    pass


class T(tuple):
    pass


class S(str):
    pass


class L(list):
    pass


class D(dict):
    pass


class F(float):
    pass


class E(Exception):
    pass


class ESlots(Exception):
    __slots__ = ()


class Q(collections.deque):
    __slots__ = ()


class M(type):
    pass


def f():
    pass


def gen():
    yield 1


def try_ref(label, obj):
    try:
        r = weakref.ref(obj)
        print(label, "ok", r() is obj)
    except TypeError as e:
        print(label, e)


g = gen()
values = [
    ("int", 1), ("big int", 10 ** 30), ("float", 1.5), ("complex", 1j),
    ("str", "a"), ("bytes", b"a"), ("bytearray", bytearray()),
    ("tuple", (1,)), ("list", [1]), ("dict", {}), ("set", set()),
    ("frozenset", frozenset()), ("None", None), ("bool", True),
    ("object", object()), ("range", range(3)), ("slice", slice(1)),
    ("list_iterator", iter([])), ("dict_keys", {}.keys()),
    ("property", property()), ("staticmethod", staticmethod(f)),
    ("classmethod", classmethod(f)), ("NotImplemented", NotImplemented),
    ("Ellipsis", ...), ("ValueError()", ValueError()),
    ("function", f), ("lambda", lambda: 1), ("builtin", len),
    ("bound builtin", [].append), ("method", C().m), ("class", C),
    ("type", int), ("metaclass instance", M("X", (), {})),
    ("generator", g), ("module", sys), ("deque", collections.deque()),
    ("StringIO", io.StringIO()), ("BytesIO", io.BytesIO()),
    ("memoryview", memoryview(b"")), ("list[int]", list[int]),
    ("ref", weakref.ref(C)),
    ("instance", C()), ("Slots", Slots()), ("SlotsWeak", SlotsWeak()),
    ("SlotsWeakChild", SlotsWeakChild()), ("SlotsChild", SlotsChild()),
    ("SlotsEmptyChild", SlotsEmptyChild()), ("I", I(1)), ("T", T()),
    ("S", S("a")), ("L", L()), ("D", D()), ("F", F(1.0)), ("E", E()),
    ("ESlots", ESlots()), ("Q", Q()),
    ("ExceptionGroup", ExceptionGroup("x", [ValueError()])),
    ("BaseExceptionGroup", BaseExceptionGroup("x", [KeyboardInterrupt()])),
]
for label, obj in values:
    try_ref(label, obj)
print(Slots.__slots__, hasattr(Slots(), "__weakref__"))
print(SlotsWeak().__weakref__)
eg = ExceptionGroup("x", [ValueError()])
print(eg.__weakref__)
r = weakref.ref(eg)
print(eg.__weakref__ is r)
