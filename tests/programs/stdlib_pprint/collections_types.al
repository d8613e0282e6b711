import pprint
import collections
import types

od = collections.OrderedDict([('first', 1), ('second', [1, 2, 3]), ('third', 'three')])
dd = collections.defaultdict(list, {'a': [1, 2], 'b': [3, 4, 5]})
ctr = collections.Counter('abracadabra alakazam')
cm = collections.ChainMap({'x': 1, 'y': 2}, {'z': [1, 2, 3]}, {})
dq = collections.deque(range(15))
dqm = collections.deque(range(15), maxlen=20)
ns = types.SimpleNamespace(alpha=1, beta=[1, 2, 3], gamma='text' * 5)
mp = types.MappingProxyType({'k1': 'v' * 10, 'k2': 'w' * 10})
ud = collections.UserDict({'u': 1, 'v': [2, 3]})
ul = collections.UserList(list(range(12)))
us = collections.UserString('user string ' * 6)
fs = frozenset({'apple', 'banana', 'cherry', 'date'})
st = {5, 3, 9, 1, 7}
for obj in [od, dd, ctr, cm, dq, dqm, ns, mp, ud, ul, us, fs, st,
            collections.OrderedDict(), collections.defaultdict(int), collections.Counter(),
            collections.deque(), set(), frozenset(), types.SimpleNamespace()]:
    print(pprint.pformat(obj))
    print(pprint.pformat(obj, width=20))
class MyList(list):
    pass
class MyDict(dict):
    pass
class MySet(set):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList!'
print(pprint.pformat(MyList(range(10)), width=10))
print(pprint.pformat(MyDict(a=1, b=2, c=3), width=10))
print(pprint.pformat(MySet([1, 2, 3]), width=10))
print(pprint.pformat(ReprList(range(10)), width=10))
print(pprint.pformat([ReprList([1]), MyList([2])], width=10))
class NS(types.SimpleNamespace):
    pass
print(pprint.pformat(NS(a=1, b='two' * 8), width=20))
print(pprint.pformat({'set': {3, 1, 2}, 'mixed': {1, 'a', 2.5, None}}, width=15))
