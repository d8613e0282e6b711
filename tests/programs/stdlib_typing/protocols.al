from typing import Protocol, runtime_checkable, TypeVar, Generic, Iterable

T = TypeVar("T")


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        return "closed"


class Nothing:
    pass


class NoneClose:
    close = None


print(isinstance(File(), Closable), isinstance(Nothing(), Closable), isinstance(NoneClose(), Closable))
print(issubclass(File, Closable), issubclass(Nothing, Closable), issubclass(NoneClose, Closable))
print(type(Closable).__name__, type(Protocol).__name__, Closable._is_protocol, Closable._is_runtime_protocol)


class Plain(Protocol):
    def m(self) -> int:
        ...


for f in (lambda: isinstance(File(), Plain), lambda: issubclass(File, Plain), lambda: Plain(), lambda: Closable()):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "n"


print(isinstance(Named(), HasName), isinstance(Nothing(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Plain):
    def __init__(self, v):
        self.v = v

    def m(self):
        return self.v


print(Impl(3).m(), Impl._is_protocol, isinstance(Impl(1), Impl))


class Concrete(Closable):
    pass


c = Concrete()
print(type(c).__name__, isinstance(c, Closable))


@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int:
        ...


print(isinstance([], SupportsLen), isinstance(3, SupportsLen), issubclass(dict, SupportsLen), issubclass(int, SupportsLen))


class Reader(Protocol[T]):
    def read(self) -> T:
        ...


class IterProto(Iterable[int], Protocol):
    pass


print(Reader.__parameters__, Reader[int], IterProto._is_protocol)
for bad in (lambda: runtime_checkable(File),):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class BadProto(File, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)
