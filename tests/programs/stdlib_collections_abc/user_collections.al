# collections' classes derive from the ABCs as in CPython: UserDict and
# ChainMap are MutableMappings, UserList a MutableSequence, UserString a
# Sequence, deque a registered MutableSequence.
import collections
from collections.abc import *

for cls in (collections.UserDict, collections.UserList, collections.UserString,
            collections.ChainMap, collections.OrderedDict, collections.Counter,
            collections.defaultdict, collections.deque):
    print(cls.__name__, [b.__name__ for b in cls.__mro__],
          [a.__name__ for a in (Mapping, MutableMapping, Sequence, MutableSequence, Set, Hashable)
           if issubclass(cls, a)])
ud = collections.UserDict(a=1)
print(ud.get('a'), ud.setdefault('b', 2), ud.pop('a'), ud, ud == {'b': 2}, ud.keys())
ul = collections.UserList([1, 2, 3])
ul.reverse()
ul += [0]
print(ul, ul.index(2), ul.count(1), list(reversed(ul)))
us = collections.UserString('hello')
print(us.index('l'), us.count('l'), 'ell' in us, list(reversed(us))[:2])
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm.get('b'), dict(cm.items()), cm.keys() == {'a', 'b'}, cm.pop('a'), cm)
print(type(ud.keys()).__name__, type(cm.items()).__name__, isinstance(ud.values(), ValuesView))


class MyDict(collections.UserDict):
    def __missing__(self, key):
        return key.upper()


md = MyDict()
print(md['x'], 'x' in md, isinstance(md, MutableMapping))
match ud:
    case {'b': v}:
        print('mapping pattern', v)
match ul:
    case [first, *rest]:
        print('sequence pattern', first, rest)
match collections.deque([1, 2]):
    case [a, b]:
        print('deque pattern', a, b)
