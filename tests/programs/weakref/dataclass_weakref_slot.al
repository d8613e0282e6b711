# dataclass(slots=True) instances cannot be weakly referenced unless
# weakref_slot=True adds __weakref__ to their __slots__.
import weakref
from dataclasses import dataclass


@dataclass(slots=True)
class P:
    x: int


@dataclass(slots=True, weakref_slot=True)
class W:
    x: int


@dataclass(slots=True, weakref_slot=True)
class W2(W):
    y: int = 0


print(P.__slots__, W.__slots__, W2.__slots__)
try:
    weakref.ref(P(1))
except TypeError as e:
    print("TypeError", e)
w = W(1)
r = weakref.ref(w)
print(r() is w, w.__weakref__ is r)
w2 = W2(1, 2)
print(weakref.ref(w2)() == W2(1, 2))
try:
    @dataclass(weakref_slot=True)
    class Bad:
        x: int
except TypeError as e:
    print("TypeError", e)
