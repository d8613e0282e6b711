# The answers of isinstance/issubclass follow registration made after a
# first (negative) answer, and __subclasshook__ overrides in subclasses.
from collections.abc import Iterable, Sized, Collection


class Thing:
    pass


print(issubclass(Thing, Sized), isinstance(Thing(), Sized))
Sized.register(Thing)
print(issubclass(Thing, Sized), isinstance(Thing(), Sized))


class AlwaysSized(Sized):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is AlwaysSized:
            return True
        return NotImplemented

    def __len__(self):
        return 0


class NeverIterable(Iterable):
    @classmethod
    def __subclasshook__(cls, C):
        return False

    def __iter__(self):
        return iter(())


print(issubclass(int, AlwaysSized), isinstance(None, AlwaysSized), issubclass(int, Sized))
print(issubclass(list, NeverIterable), issubclass(NeverIterable, NeverIterable))


class Sub(NeverIterable):
    pass


print(issubclass(Sub, NeverIterable), issubclass(Sub, Iterable), isinstance(Sub(), Iterable))
# Collection's hook needs all three methods; a class with two is not one.


class Two:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


print(issubclass(Two, Collection), issubclass(Two, Sized), issubclass(Two, Iterable))
Two.__contains__ = lambda self, x: False


class Three(Two):
    pass


print(issubclass(Three, Collection))
