# collections.UserDict: a mapping wrapping a dict in `data`, for subclassing.
from collections import UserDict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


u = UserDict(a=1)
print(u, u.data, u['a'], u.get('a'), u.get('b', 5), list(u), len(u), 'a' in u, 'b' in u)
print(u.keys(), u.items(), u.values(), list(u.items()), type(u.keys()).__name__)
print(UserDict({1: 2}, x=3), UserDict([(1, 2)]), UserDict(dict=5), UserDict(), UserDict(UserDict(q=1)))
attempt(lambda: UserDict(1))
attempt(lambda: UserDict({}, {}))
attempt(lambda: UserDict().pop())
attempt(lambda: UserDict().pop('a'))
attempt(lambda: UserDict().popitem())
attempt(lambda: UserDict()['x'])
attempt(lambda: reversed(UserDict()))
attempt(lambda: hash(UserDict()))
attempt(lambda: UserDict().update(1))
attempt(lambda: UserDict().update([1]))
attempt(lambda: UserDict().update({}, {}))
u = UserDict(a=1, b=2)
u.update([('c', 3)], d=4)
u['e'] = 5
del u['a']
print(u, u.popitem(), u.pop('c'), u.pop('zz', None), u.setdefault('f', 6), u.setdefault('d', 0), u)
u.clear()
print(u, len(u))
print(UserDict({1: 2}) == {1: 2}, UserDict({1: 2}) == UserDict({1: 2}), UserDict({1: 2}) != {1: 3}, UserDict() == [])
print(UserDict({1: 2}) | {3: 4}, {3: 4} | UserDict({1: 2}), UserDict({1: 2}) | UserDict({5: 6}))
x = UserDict(a=1)
x |= {'b': 2}
x |= UserDict(c=3)
print(x, type(x | {}).__name__)
attempt(lambda: UserDict({1: 2}) | 5)
print(UserDict.fromkeys('ab', 1), UserDict.fromkeys('cd'))
c = u.copy()
print(type(c).__name__, c is u)
u = UserDict(a=[1])
c = u.copy()
c['b'] = 2
print(u, c, c['a'] is u['a'])
print(UserDict(a=1).keys() | {'b'}, UserDict(a=1).items() & {('a', 1)}, UserDict(a=1).keys() == {'a'})
print(1 in UserDict(a=1).values(), ('a', 1) in UserDict(a=1).items(), ('a', 2) in UserDict(a=1).items())
print(UserDict(a=1, b=2).keys() - {'a'}, UserDict(a=1).keys() <= {'a', 'b'}, UserDict(a=1).keys() < {'a'})
r = UserDict(a=1)
r['me'] = r
print(r)
print(dict(UserDict(a=1, b=2)), {**UserDict(z=0)}, sorted(UserDict(b=1, a=2)))


class Defaulting(UserDict):
    def __missing__(self, key):
        return len(str(key))


d = Defaulting(a=1)
print(d['a'], d['hello'], d.get('hello'), 'hello' in d, d)


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lo = Lower({'A': 1}, B=2)
lo['C'] = 3
lo.update(D=4)
lo.extra = 'kept'
print(lo, lo.copy(), type(lo.copy()).__name__, lo.copy().extra, lo.__copy__())
print(UserDict[str, int], isinstance(u, UserDict), UserDict.__mro__[1].__name__)


def kw(**kwargs):
    return kwargs


print(kw(**UserDict(p=1, q=2)))
