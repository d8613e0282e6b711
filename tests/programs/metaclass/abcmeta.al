# abc.ABCMeta is a real metaclass: type(A) is ABCMeta, ABC derives from
# it, abstract methods block instantiation, register and the hooks work.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc


class A(metaclass=ABCMeta):
    @abstractmethod
    def f(self):
        ...


class B(ABC):
    @abstractmethod
    def g(self):
        ...


print(type(A) is ABCMeta, type(B) is ABCMeta, type(ABC) is ABCMeta, isinstance(A, ABCMeta))
print(ABCMeta.__module__, ABCMeta.__name__, ABCMeta.__mro__)
print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__))
for cls in (A, B):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)


class C(A):
    def f(self):
        return "C.f"


print(C().f(), type(C).__name__, isinstance(C(), A), issubclass(C, A))


@A.register
class Virtual:
    pass


print(Virtual.__name__, issubclass(Virtual, A), isinstance(Virtual(), A), A.register(int) is int)
print(isinstance(3, A), issubclass(bool, A), issubclass(str, A))
print(type(collections.abc.Sequence).__name__, type(collections.abc.Iterable) is ABCMeta)


class MyMeta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tagged = name
        return cls


class D(C, metaclass=MyMeta):
    pass


print(type(D).__name__, D.tagged, isinstance(D(), A), D().f())


class E(collections.abc.Sized):
    def __len__(self):
        return 3


print(len(E()), isinstance(E(), collections.abc.Sized), type(E).__name__)


class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "hook_me") or NotImplemented


class Has:
    hook_me = 1


print(issubclass(Has, Hooked), isinstance(Has(), Hooked), issubclass(int, Hooked))
try:
    A.register(5)
except TypeError as e:
    print(type(e).__name__, e)
