# collections.OrderedDict and collections.defaultdict.
from collections import OrderedDict, defaultdict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od, repr(OrderedDict()), len(od), od['b'], list(od), list(reversed(od)))
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(len(od.keys()), 'b' in od.keys(), ('b', 2) in od.items(), 2 in od.values())
print(type(od.keys()).__name__, type(od.keys()), od.keys() & {'b', 'z'}, od.keys() - ['b'])
print(od.items() | {1}, od.keys() == {'a', 'b', 'c'}, od.keys() ^ {'a', 'q'}, {'a'} & od.keys())
od.move_to_end('a')
print(od)
od.move_to_end('c', last=False)
print(od)
od.move_to_end('c', False)
print(od)
attempt(lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od)
attempt(lambda: OrderedDict().popitem())
attempt(lambda: OrderedDict().popitem(False))
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a == dict(b), dict(b) == a, a != b, a == {'a': 1, 'b': 2}, a != dict(b))
print(a == OrderedDict(a=1, b=2), a == OrderedDict(a=1), a == 5)
attempt(lambda: OrderedDict(1, 2))
attempt(lambda: OrderedDict(1))
attempt(lambda: OrderedDict([1]))
attempt(lambda: OrderedDict([(1, 2, 3)]))
attempt(lambda: OrderedDict().update(1, 2))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
o = OrderedDict(x=1)
o['self'] = o
print(o)
od = OrderedDict(b=2)
print(od.copy(), type(od.copy()).__name__, od | {'z': 1}, {'z': 1} | od, type({'z': 1} | od).__name__)
o = OrderedDict(a=1)
o |= {'b': 2}
print(o)
print(od.setdefault('q', 9), od.pop('q'), od.pop('zz', None), od.get('b'), od)
attempt(lambda: od.pop('zz'))
del od['b']
print(od, isinstance(od, dict), OrderedDict[int, str])


class Logged(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)


o = Logged([(1, 2)], x=3)
o.update({4: 5})
o.setdefault(6, 7)
print(o, o.copy())


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)


cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
print(cache.get('a'))
cache.put('c', 3)
print(cache, cache.get('b'))

# defaultdict
d = defaultdict(list)
d['x'].append(1)
d['x'].append(2)
d[(1, 2)]
print(d, d.default_factory, len(d), d.get('nope'), 'nope' in d)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
attempt(lambda: defaultdict(1))
attempt(lambda: defaultdict(None, {'a': 1}, b=2))
attempt(lambda: defaultdict(list, [('a', 1)]))
attempt(lambda: defaultdict())
attempt(lambda: defaultdict(default_factory=list))
attempt(lambda: defaultdict(None)['k'])
attempt(lambda: defaultdict(None)[(1, 2)])
attempt(lambda: defaultdict(list, 1))
dd = defaultdict(int)
dd.default_factory = str
print(repr(dd['q']), dd, repr(dd.__missing__('z')), dd)
dd = defaultdict(lambda: 'dflt', a='x')
print(dd['b'], sorted(dd.items()))


class DD(defaultdict):
    pass


print(DD(int), DD(int).copy(), type(DD(int).copy()).__name__)
x = defaultdict(int, a=1) | {'b': 2}
print(x, type(x).__name__)
x = {'b': 2} | defaultdict(int, a=1)
print(x, type(x).__name__)
x = defaultdict(int, a=1)
x |= {'b': 2}
print(x)
d = defaultdict(list)
d['me'] = d
print(d)
c = defaultdict(set, a={1})
c2 = c.copy()
c2['b'].add(2)
print(c, c2, c2['a'] is c['a'], c.__copy__())
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a'], dict(nested['a']), isinstance(nested, dict), defaultdict[str, int])
