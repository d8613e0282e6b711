# How generic classes are built from their bases: the type variables each
# class records (__parameters__), the MRO that subscripted and bare aliases
# give (Generic once, last), subscripting a class that has no type variables
# left, and CPython's errors for badly declared generics.
from typing import Callable, Deque, Dict, Generic, List, Optional, Protocol, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    pass


class IntBox(Box[int]):
    pass


class PlainSub(Box):
    pass


class Table(Dict[K, V]):
    pass


class Mixed(Box[T], Dict[K, int]):
    pass


class Ordered(Box[K], Generic[K, T]):
    pass


class Queue(Deque[T]):
    pass


class Bare(List):
    pass


class Readable(Protocol[T]):
    pass


class IntReadable(Readable[int], Protocol):
    pass


for cls in [Box, IntBox, PlainSub, Table, Mixed, Ordered, Queue, Bare, Readable, IntReadable]:
    print(cls.__name__, cls.__parameters__, [c.__name__ for c in cls.__mro__[1:]])
print(Box[str], Table[str, float], Ordered[int, str], Queue[int], Mixed[int, str])
print(Table[str, List[T]][bool], Table[str, List[T]].__parameters__)
for thunk in [lambda: IntBox[int], lambda: PlainSub[int], lambda: Box[int, str], lambda: Ordered[int],
              lambda: Box[()], lambda: Generic[T, T], lambda: Generic[int], lambda: Protocol[K, K]]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad1(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Box[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(Dict[K, T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad4(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
cb = Callable[[T, int], Optional[T]]
print(cb, cb.__args__, cb.__parameters__, cb[str], Callable[..., T][bool].__args__)
