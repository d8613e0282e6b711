# issubclass of built-in types against the ABCs, with tuples of classes.
from collections.abc import *
import collections

types = [list, tuple, str, dict, set, frozenset, range, int, float, bool,
         type(None), object, type, type({}.keys()), type({}.values()),
         type({}.items()), type(iter([])), type(len), type(lambda: 0),
         collections.deque, collections.OrderedDict, collections.Counter,
         collections.UserDict, collections.UserList, collections.UserString,
         collections.ChainMap]
for t in types:
    row = []
    for a in (Hashable, Iterable, Reversible, Sized, Container, Collection,
              Sequence, MutableSequence, Set, MutableSet, Mapping,
              MutableMapping, Callable, Iterator):
        row.append('1' if issubclass(t, a) else '.')
    print(f'{t.__name__:20}', ''.join(row))
print(issubclass(list, (Set, Sequence)), issubclass(dict, (Set, Sequence)))
print(isinstance([], (int, Mapping)), isinstance({}, (int, Mapping)))
print(issubclass(bool, Hashable), issubclass(bool, Sized))
try:
    issubclass(1, Iterable)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass([], Sized)
except TypeError as e:
    print('TypeError:', e)
