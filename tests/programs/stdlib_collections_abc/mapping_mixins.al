# A class deriving from Mapping gets __contains__, keys, items, values,
# get, __eq__ and __ne__ from __getitem__, __len__ and __iter__.
from collections.abc import Mapping, KeysView, ItemsView, ValuesView, MappingView


class Frozen(Mapping):
    def __init__(self, *args, **kwargs):
        self._d = dict(*args, **kwargs)

    def __getitem__(self, key):
        return self._d[key]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __repr__(self):
        return f'Frozen({self._d!r})'


f = Frozen(a=1, b=2, c=3)
print('a' in f, 'z' in f, f.get('b'), f.get('z'), f.get('z', 0))
print(f.keys(), f.items(), f.values())
print(list(f.keys()), list(f.items()), list(f.values()))
print(isinstance(f.keys(), KeysView), isinstance(f.items(), ItemsView),
      isinstance(f.values(), ValuesView), isinstance(f.keys(), MappingView))
print(len(f.keys()), ('a', 1) in f.items(), ('a', 2) in f.items(), 3 in f.values())
print(f == {'a': 1, 'b': 2, 'c': 3}, f == Frozen(a=1), f != {'a': 1}, f == [1])
print({'c': 3, 'b': 2, 'a': 1} == f)
print(f.keys() & {'a', 'z'}, f.keys() | {'z'}, f.keys() - {'a'}, f.keys() ^ {'a', 'q'})
print(f.keys() == {'a', 'b', 'c'}, f.keys() < {'a', 'b', 'c', 'd'}, f.keys() <= {'a'})
print(f.items() & {('a', 1), ('b', 5)})
print(f.keys().isdisjoint(['x', 'y']), f.keys().isdisjoint(['a']))
print(type(f.keys()).__name__, type(f.keys() & set()).__name__)
print(f.__hash__ is None, Mapping.__reversed__)
print(sorted(f), dict(f), len(f))
try:
    reversed(f)
except TypeError as e:
    print('TypeError:', e)
try:
    f['z']
except KeyError as e:
    print('KeyError:', e)
