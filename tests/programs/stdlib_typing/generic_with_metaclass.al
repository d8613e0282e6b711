from typing import Generic, TypeVar, Protocol
from abc import ABC, abstractmethod

T = TypeVar("T")


class Meta(type):
    def describe(cls):
        return cls.__name__ + str(getattr(cls, "__parameters__", None))


class Box(Generic[T], metaclass=Meta):
    def __init__(self, item: T):
        self.item = item


class IntBox(Box[int]):
    pass


print(type(Box).__name__, Box.describe(), IntBox.describe(), IntBox(3).item, Box[str])
print(Box.__orig_bases__, IntBox.__orig_bases__, IntBox.__mro__)


class Shape(ABC, Generic[T]):
    @abstractmethod
    def area(self) -> T:
        ...


class Sq(Shape[int]):
    def area(self):
        return 4


print(type(Shape).__name__, Sq().area(), isinstance(Sq(), Shape))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Closer(Protocol):
    def close(self) -> None:
        ...


class Res(Closer):
    def close(self):
        return "closed"


print(Res().close(), Closer.__mro__[1:])
