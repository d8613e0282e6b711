# User classes are virtual subclasses of the one-trick ABCs when they
# define the methods: along their MRO, and not when the method is None.
from collections.abc import *


class It:
    def __iter__(self):
        return iter([1, 2])


class Nx(It):
    def __next__(self):
        raise StopIteration


class Sz:
    def __len__(self):
        return 0


class Ct:
    def __contains__(self, x):
        return False


class Coll(Sz, It, Ct):
    pass


class Rev(It):
    def __reversed__(self):
        return iter([2, 1])


class NoRev(Rev):
    __reversed__ = None


class Unhash:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class Call:
    def __call__(self):
        return 1


class NoIter(It):
    __iter__ = None


class Aw:
    def __await__(self):
        yield


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class ListSub(list):
    pass


class ListNoIter(list):
    __iter__ = None


for cls in (It, Nx, Sz, Ct, Coll, Rev, NoRev, Unhash, EqOnly, Call, NoIter,
            Aw, AIt, ListSub, ListNoIter):
    found = [a.__name__ for a in (Hashable, Iterable, Iterator, Reversible,
                                  Sized, Container, Collection, Callable,
                                  Awaitable, AsyncIterable, AsyncIterator,
                                  Sequence, MutableSequence)
             if issubclass(cls, a)]
    print(cls.__name__, found, isinstance(cls(), Iterable))

# A method added later is seen by classes not asked about yet...
class Late:
    pass


Late.__len__ = lambda self: 3
print(issubclass(Late, Sized))
