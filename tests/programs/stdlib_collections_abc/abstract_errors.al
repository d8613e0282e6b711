# Abstract classes cannot be instantiated: CPython's TypeError names the
# class and its abstract methods, sorted.
from collections.abc import *
import collections.abc

for name in ('Hashable', 'Iterable', 'Sized', 'Container', 'Callable',
             'Collection', 'Sequence', 'MutableSequence', 'Mapping',
             'MutableMapping', 'Set', 'MutableSet', 'Iterator', 'Generator',
             'Reversible', 'Awaitable', 'Coroutine', 'AsyncIterable',
             'AsyncIterator', 'AsyncGenerator', 'ByteString'):
    cls = getattr(collections.abc, name)
    try:
        cls()
        print(name, 'instantiated')
    except TypeError as e:
        print(e)

# Views and MappingView have no abstract methods.
print(MappingView({}), KeysView({'a': 1}), ItemsView({}), ValuesView({'b': 2}))
print(list(KeysView({'a': 1})), list(ItemsView({'a': 1})), list(ValuesView({'a': 1})))


class OnlyLen(Sized):
    def __len__(self):
        return 4


print(len(OnlyLen()))


class StillAbstract(Collection):
    def __len__(self):
        return 0


try:
    StillAbstract()
except TypeError as e:
    print(e)


class WithArgs(Sized):
    pass


try:
    WithArgs(1, 2)
except TypeError as e:
    print(e)
# Calling an abstract method through super() runs its body.


class Counter3(Sized, Iterable, Container):
    def __len__(self):
        return super().__len__() + 3

    def __iter__(self):
        return super().__iter__()

    def __contains__(self, x):
        return super().__contains__(x)


c = Counter3()
print(len(c), list(c), 1 in c, hash(Hashable.__hash__(c)))
