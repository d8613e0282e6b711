# functools: lru_cache and cache (bare and with arguments, typed, eviction
# order, hash and eq calls, cache_info, cache_clear, methods),
# total_ordering (each root, NotImplemented), cmp_to_key.
import functools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

@functools.lru_cache
def sq(x):
    "doc sq"
    return x * x
print(type(sq).__name__, sq.__name__, sq.__doc__, sq.__wrapped__.__name__, sq.__qualname__)
print(sq(2), sq(2), sq(3), sq.cache_info(), sq.cache_parameters())
ci = sq.cache_info()
print(type(ci).__name__, ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0], ci._fields, ci._asdict(), tuple(ci), isinstance(ci, tuple))
print(ci._replace(hits=10), len(ci), ci == (1, 2, 128, 2), ci.__match_args__)
t(ci._replace, bogus=1)
hits, misses, maxsize, currsize = ci
print(hits, misses, maxsize, currsize)
sq.cache_clear()
print(sq.cache_info())
t(functools.lru_cache, 'x')
t(functools.lru_cache, maxsize='x')
t(lambda: functools.lru_cache(maxsize=-5)(len).cache_info())
t(lambda: functools.lru_cache(maxsize=0)(len).cache_info())
t(lambda: functools.lru_cache(None)(len).cache_info())
t(lambda: functools.lru_cache(2.5))
t(lambda: functools.lru_cache(maxsize=True)(len).cache_info())

@functools.lru_cache(maxsize=2, typed=True)
def idt(x):
    print('call', repr(x))
    return x
idt(1); idt(1.0); idt(1); idt(True); idt(2)
print(idt.cache_info(), idt.cache_parameters())

@functools.lru_cache(maxsize=3)
def e(x):
    print('call', x)
    return x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 3, 6, 1]:
    e(x)
print(e.cache_info())

@functools.lru_cache(maxsize=None)
def kw(*a, **k):
    print('kwcall', a, k)
    return len(a)
kw(1, b=2); kw(1, b=2); kw(b=2, a=1); kw(a=1, b=2); kw(1)
print(kw.cache_info())
t(kw, [1])

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print('hash', self.v)
        return hash(self.v)
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
@functools.lru_cache(maxsize=2)
def hf(x):
    return x.v
hf(H(1)); hf(H(1)); hf(H(2)); hf(H(3)); hf(H(1))
print(hf.cache_info())
@functools.lru_cache(maxsize=None)
def hf2(x, y=0):
    return x.v
hf2(H(1)); hf2(H(1)); hf2(H(2), y=1); hf2(H(2), y=1)
@functools.lru_cache(maxsize=0)
def hf3(x, y=0):
    return x.v
hf3(H(1)); hf3(H(1))
print(hf3.cache_info())
@functools.lru_cache(maxsize=4, typed=True)
def hf4(x, y=0):
    return x.v
hf4(H(7), y=1); hf4(H(7), y=1); hf4(H(7), y=1.0)
print(hf4.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
class M:
    @functools.lru_cache
    def m(self, x):
        return x * 2
mm = M()
print(mm.m(1), mm.m(1), M.m.cache_info(), type(mm.m).__name__)
print(M.m is M.__dict__['m'])
def deco(x):
    pass
deco.attr = 5
print(functools.lru_cache(deco).attr)
t(functools.lru_cache(maxsize=1), 5)
print(functools.lru_cache(maxsize=1)(len)('abc'))
@functools.lru_cache(maxsize=1)
def r(n):
    if n:
        return r(n - 1)
    return 0
r(3)
print(r.cache_info())
t(functools.lru_cache, len, typed=1)
t(functools.lru_cache, len, 1)
print(functools.lru_cache(len, True).cache_parameters())
print(sq.__reduce__())
t(sq)
@functools.lru_cache
def kwo(*, a):
    return a
print(kwo(a=1), kwo(a=1), kwo.cache_info())
@functools.lru_cache(maxsize=2)
def boom(x):
    raise ValueError(x)
t(boom, 1)
print(boom.cache_info())
@functools.lru_cache(maxsize=3)
def reent(n):
    if n > 0:
        reent(n - 1)
        reent(n - 1)
    return n
print(reent(5), reent.cache_info())
print([e(i) for i in range(10)], e.cache_info())
print(sorted(vars(sq)))

# total_ordering
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        print('lt', self.v, getattr(other, 'v', other))
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b <= b, b >= a)
print(sorted(k for k in vars(V) if k.startswith('__') and k[2:4] in ('lt', 'le', 'gt', 'ge', 'eq')))
print(V.__gt__.__name__, V.__le__.__doc__)
t(lambda: a > 5)
t(lambda: a <= 5)
def mk(root):
    ns = {}
    def op(self, other):
        print(root, self.v, other.v)
        return 'yes' if self.v != other.v else ''
    ns[root] = op
    ns['__eq__'] = lambda self, other: self.v == other.v
    ns['__init__'] = lambda self, v: setattr(self, 'v', v)
    return functools.total_ordering(type('T' + root.strip('_'), (), ns))
for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    T = mk(root)
    x, y = T(1), T(2)
    print(root, [x < y, x > y, x <= y, x >= y, x < x, x <= x, x > x, x >= x])
t(functools.total_ordering, type('Nothing', (), {}))
@functools.total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __le__(self, other):
        return self.v <= other.v
print(Both(1) < Both(2), Both(1) >= Both(2))
@functools.total_ordering
class IntLike(int):
    pass
print(IntLike(1) < IntLike(2))

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
K = functools.cmp_to_key(cmp)
print(type(K).__name__, sorted([3, 1, 2], key=K), sorted('hello', key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= k2, k1 >= k2, k1.obj, k2.obj)
t(lambda: k1 < 5)
t(lambda: K(obj=5).obj)
print(max([1, 5, 3], key=K), min(['b', 'a'], key=K))
def lcmp(a, b):
    print('cmp', a, b)
    return a - b
print(sorted([5, 2, 4, 1], key=functools.cmp_to_key(lcmp)))
