# The public names of collections.abc and abc, the MROs and abstract
# methods of every ABC, and their reprs.
import collections.abc
import abc

print([n for n in dir(collections.abc) if not n.startswith('_')])
print(collections.abc.__all__)
print([n for n in ('ABC', 'abstractmethod', 'get_cache_token', 'update_abstractmethods') if hasattr(abc, n)])
for name in collections.abc.__all__:
    cls = getattr(collections.abc, name)
    print(repr(cls), cls.__name__, cls.__qualname__, cls.__module__)
    print('  bases:', [b.__name__ for b in cls.__bases__])
    print('  mro:', [b.__name__ for b in cls.__mro__])
    print('  abstract:', sorted(cls.__abstractmethods__))
print(collections.abc.MappingView.__slots__, collections.abc.Sized.__slots__)
import collections
print(collections.abc.__name__, collections.abc is collections.abc)
