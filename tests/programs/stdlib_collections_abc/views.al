# KeysView, ItemsView and ValuesView over user mappings and dicts, and
# MappingView's repr and len.
from collections.abc import KeysView, ItemsView, ValuesView, MappingView, Set

d = {'a': 1, 'b': 2}
kv, iv, vv = KeysView(d), ItemsView(d), ValuesView(d)
print(kv, iv, vv, len(kv), len(MappingView([1, 2, 3])))
print(list(kv), list(iv), list(vv))
print('a' in kv, ('b', 2) in iv, ('b', 3) in iv, ('z', 1) in iv, 2 in vv, 3 in vv)
print(kv == {'a', 'b'}, kv == d.keys(), d.keys() == kv, iv == set(d.items()))
print(sorted(kv | {'c'}), sorted(kv & {'a'}), sorted(iv - {('a', 1)}), sorted(kv ^ {'b', 'c'}))
print(type(kv | {'c'}).__name__, type(iv & {('a', 1)}).__name__)
print(isinstance(kv, Set), isinstance(vv, Set), isinstance(d.keys(), KeysView),
      isinstance(d.values(), ValuesView), isinstance(d.items(), ItemsView))
print(issubclass(KeysView, MappingView), KeysView.__mro__)
d['c'] = 3
print(list(kv), len(vv))
try:
    ('x',) in iv
except ValueError as e:
    print('ValueError:', e)
print(kv._mapping is d, MappingView.__slots__)
