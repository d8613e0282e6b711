# __sizeof__ and sys.getsizeof: CPython's sizes of objects whose size does
# not depend on how they grew (a list's does: docs/language.md).
import sys


class A:
    pass


class S:
    __slots__ = ("a", "b")


class SW:
    __slots__ = ("a", "__weakref__")


class SD:
    __slots__ = ("a", "__dict__")


class I(int):
    pass


class L(list):
    pass


class E(Exception):
    pass


for x in [object(), A(), S(), SW(), SD(), 0, 1, -5, 2**30, 2**62, 2**100, -(2**200), True,
          1.5, 1j, "", "abc", "a" * 100, "é", "€x", "😀", b"", b"ab", bytearray(),
          bytearray(b"abc"), [], [None] * 5, list(range(10)), (), (1, 2), {}, {1: 2},
          {"a": 1}, dict.fromkeys(range(10)), dict.fromkeys("abcdefghijk"), set(),
          {1, 2}, set(range(5)), frozenset(range(20)), range(5), slice(1), None, I(5),
          E()]:
    print(type(x).__name__, x.__sizeof__(), sys.getsizeof(x))
d = {}
sizes = []
for i in range(40):
    d[i] = i
    sizes.append(d.__sizeof__())
print(sizes)
s = set()
sizes = []
for i in range(40):
    s.add(i)
    sizes.append(s.__sizeof__())
print(sizes)
print(sys.getsizeof(5, 1), int.__sizeof__(7), object.__sizeof__(A()))
try:
    (5).__sizeof__(1)
except TypeError as e:
    print("TypeError:", e)
