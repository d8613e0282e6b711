# match statements on the collections types: deque and the Sequence
# classes (UserList, UserString) match sequence patterns, the Mapping
# classes (UserDict, ChainMap) and the dict subclasses mapping patterns.
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple

Point = namedtuple('Point', 'x y')
values = [
    deque([1, 2]), deque([1, 2, 3]), deque(), UserList([1, 2]), UserString('ab'),
    UserDict(a=1), UserDict(a=1, b=2), ChainMap({'b': 2}, {'a': 1}), Counter(a=3),
    OrderedDict(a=0), defaultdict(int, a=5), Point(1, 2), UserString('abc'),
]
for v in values:
    match v:
        case []:
            print(type(v).__name__, 'empty')
        case [a, b]:
            print(type(v).__name__, 'pair', a, b)
        case [a, *rest]:
            print(type(v).__name__, 'star', a, rest)
        case {'a': x, **rest}:
            print(type(v).__name__, 'map', x, rest)
        case _:
            print(type(v).__name__, 'other')
match Point(3, 4):
    case Point(x=3, y=y):
        print('point', y)
