# typing's aliases of collections.abc: their __origin__ is the ABC.
import typing
import collections.abc

for name in ('Iterable', 'Iterator', 'Reversible', 'Container', 'Collection',
             'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
             'AbstractSet', 'MutableSet', 'MappingView', 'KeysView',
             'ItemsView', 'ValuesView', 'Hashable', 'Sized', 'Awaitable',
             'Coroutine', 'AsyncIterable', 'AsyncIterator', 'Generator',
             'AsyncGenerator', 'Callable'):
    alias = getattr(typing, name)
    print(name, alias, alias.__origin__)
print(typing.List.__origin__, typing.Dict.__origin__, typing.Deque.__origin__)
print(typing.get_origin(typing.Iterable[int]), typing.get_args(typing.Mapping[str, int]))
print(typing.Sequence[int], typing.Callable[[int], str])
print(typing.AbstractSet.__origin__ is collections.abc.Set)


class Registry(typing.Mapping):
    def __getitem__(self, k):
        return k

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


print(Registry.__mro__[1], isinstance(Registry(), collections.abc.Mapping), Registry().get(5))
