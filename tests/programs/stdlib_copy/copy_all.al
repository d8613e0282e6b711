# copy: copy and deepcopy of built-in values, containers, class instances
# (dict, slots, subclasses of built-in types), __copy__/__deepcopy__, the
# pickling protocol (__reduce_ex__, __reduce__, __getnewargs(_ex)__,
# __getstate__/__setstate__), dispatch_table, memo and cycles, errors.
import copy

_print = print


def print(*args, **kwargs):
    # Prints with object addresses (` at 0x...`) left out: they differ per run.
    out = []
    for a in args:
        s = str(a)
        while ' at 0x' in s:
            i = s.index(' at 0x')
            j = i + 6
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            s = s[:i] + s[j:]
        out.append(s)
    _print(*out, **kwargs)


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def g():
    yield 1

t(copy.copy, g())
t(copy.deepcopy, g())
for v in [None, 1, -2**80, 2.5, True, 'abc', (1, 2), frozenset([1]), range(3), slice(1, 2), ..., NotImplemented, len, int, type, list[int], int | None]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t(copy.deepcopy, slice(1, [2]))
print(copy.deepcopy(slice(1, [2])) == slice(1, [2]))
p = property()
print(copy.copy(p) is p, copy.deepcopy(p) is p)
def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)
o = object()
print(copy.copy(o) is o, type(copy.deepcopy(o)))
for v in [[1, [2]], {'a': [1]}, {1, 2}, (1, [2]), frozenset([(1, 2)])]:
    c = copy.copy(v)
    d = copy.deepcopy(v)
    print(type(c).__name__, c, c == v, c is v, d == v, d is v)
l = [1, [2]]
c = copy.copy(l)
d = copy.deepcopy(l)
print(c[1] is l[1], d[1] is l[1])
dd = {'k': [1]}
print(copy.copy(dd)['k'] is dd['k'], copy.deepcopy(dd)['k'] is dd['k'])

class C:
    def __init__(self):
        self.a = [1]
    def m(self):
        return self.a
c = C()
d = copy.copy(c)
print(d.a is c.a, type(d).__name__, d is c)
d = copy.deepcopy(c)
print(d.a is c.a, d.a)
e = C.__new__(C)
print(vars(copy.copy(e)), vars(copy.deepcopy(e)))
bm = c.m
bc = copy.copy(bm)
print(bc.__self__ is c, bc())
bd = copy.deepcopy(bm)
print(bd.__self__ is c, bd(), type(bd).__name__)

class S:
    __slots__ = ('x', 'y')
s = S()
s.x = [1]
d = copy.copy(s)
print(d.x, hasattr(d, 'y'), d.x is s.x)
d = copy.deepcopy(s)
print(d.x, d.x is s.x)

class SD:
    __slots__ = ('x', '__dict__')
s = SD()
s.x = 1
s.z = [2]
d = copy.deepcopy(s)
print(d.x, d.z, d.z is s.z)

class L(list):
    pass
l = L([1, [2]])
l.attr = 5
d = copy.copy(l)
print(type(d).__name__, d, d.attr, d[1] is l[1])
d = copy.deepcopy(l)
print(type(d).__name__, d, d.attr, d[1] is l[1])
class D(dict):
    pass
dd = D(a=[1])
dd.z = 1
d = copy.copy(dd)
print(type(d).__name__, d, d.z, d['a'] is dd['a'])
d = copy.deepcopy(dd)
print(type(d).__name__, d, d.z, d['a'] is dd['a'])
class I(int):
    pass
i = I(5)
i.q = 1
d = copy.copy(i)
print(type(d).__name__, d, d.q, d is i)
class Fl(float):
    pass
d = copy.deepcopy(Fl(-0.0))
print(type(d).__name__, d)
class St(str):
    pass
d = copy.copy(St('abc'))
print(type(d).__name__, d)
class T(tuple):
    pass
tt = T((1, [2]))
d = copy.copy(tt)
print(type(d).__name__, d, d is tt)
d = copy.deepcopy(tt)
print(type(d).__name__, d, d is tt, d[1] is tt[1])
class Se(set):
    pass
se = Se([1, 2])
se.w = 3
d = copy.copy(se)
print(type(d).__name__, sorted(d), d.w)
class Fs(frozenset):
    pass
d = copy.deepcopy(Fs([3]))
print(type(d).__name__, d)
t(copy.copy, type)
print(copy.Error, copy.error is copy.Error, copy.Error.__mro__)
t(copy.deepcopy, [1], {}, 5)
print(copy.dispatch_table == {} or copy.dispatch_table is not None)

class GS:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        print('getstate')
        return {'v': 99}
    def __setstate__(self, st):
        print('setstate', st)
        self.v = st['v']
d = copy.copy(GS())
print(d.v)
d = copy.deepcopy(GS())
print(d.v)
class NA:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, x):
        print('init')
        self.x = x
    def __getnewargs__(self):
        return (self.x,)
d = copy.copy(NA(3))
print(d.x)
class NK:
    def __new__(cls, *a, **k):
        print('newk', a, k)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
    def __getnewargs_ex__(self):
        return ((self.x,), {'kw': [1]})
d = copy.deepcopy(NK(4))
print(d.x)
class BadNA:
    def __getnewargs__(self):
        return [1]
t(copy.copy, BadNA())
class BadNK:
    def __getnewargs_ex__(self):
        return (1,)
t(copy.copy, BadNK())
class RD:
    def __reduce__(self):
        return (RD2, (1, [2]))
class RD2:
    def __init__(self, *a):
        print('RD2', a)
t(copy.copy, RD())
t(copy.deepcopy, RD())
class RS:
    def __reduce__(self):
        return 'RS'
r = RS()
print(copy.copy(r) is r, copy.deepcopy(r) is r)
class RX:
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return (list, ([1, 2],), None, iter([3]))
t(copy.copy, RX())
t(copy.deepcopy, RX())
class CP:
    def __copy__(self):
        return 'copied'
    def __deepcopy__(self, memo):
        return ('deep', type(memo).__name__)
t(copy.copy, CP())
t(copy.deepcopy, CP())
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b, b[1] is b, b is a)
x = [1]
y = (x, x)
z = copy.deepcopy(y)
print(z[0] is z[1], z[0] is x)
t0 = (1, 2, 'a', (3, 'b'))
print(copy.deepcopy(t0) is t0)
print(copy.deepcopy.__defaults__)
memo = {}
r = copy.deepcopy([[1]], memo)
print(len(memo), [type(v).__name__ for v in memo.values()])
ka = memo[id(memo)]
print(len(ka), ka)
memo = {}
q = [5]
memo[id(q)] = 'sentinel'
print(copy.deepcopy([q, q], memo))
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
m = copy.deepcopy(n1)
print(m.v, m.next.v, m.next.next is m, m is n1)
class E(Exception):
    pass
e = E('a', 1)
e.n = 2
d = copy.copy(e)
print(repr(d), d.n, d is e)
d = copy.deepcopy(ValueError([1]))
print(repr(d))
e2 = KeyError('k')
e2.add_note('a note')
d = copy.deepcopy(e2)
print(repr(d), d.__notes__)
class Reg:
    def __init__(self, v):
        self.v = v
copy.dispatch_table[Reg] = lambda r: (Reg, (r.v * 10,))
print(copy.copy(Reg(4)).v, copy.deepcopy(Reg(5)).v)
del copy.dispatch_table[Reg]
print(copy.copy(Reg(4)).v)
class Ctr:
    n = 0
    def __deepcopy__(self, memo):
        Ctr.n += 1
        return self
c1 = Ctr()
print(copy.deepcopy([c1, c1, (c1,)])[0] is c1, Ctr.n)
class WithGetattr:
    def __getattr__(self, name):
        raise AttributeError(name)
w = WithGetattr()
w.k = 3
print(copy.copy(w).k, copy.deepcopy(w).k)
print([n for n in dir(copy) if not n.startswith('_')], copy.__all__)
from copy import *
print(copy([1]), deepcopy({'a': [1]}), Error.__name__)
