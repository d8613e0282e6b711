# heapq: push/pop/heapify/replace/pushpop, nlargest/nsmallest (with key),
# merge (key, reverse), with CPython's comparison order (logged by __lt__),
# its cache-friendly heapify order for big lists, and its errors.
import heapq

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
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

log = []

class V:
    def __init__(self, v, tag=''):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __eq__(self, other):
        log.append(('eq', self.v, other.v))
        return self.v == other.v
    def __repr__(self):
        return 'V(%r%s)' % (self.v, self.tag)

def lcg(seed, n, mod):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out

data = lcg(1, 40, 30)
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for i in range(len(h))])
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 17), heapq.heappushpop(h, 3), heapq.heappushpop(h, 100), h[:5])

# comparison order with a logging class
vs = [V(x) for x in data[:15]]
h = []
for v in vs:
    heapq.heappush(h, v)
print(log); log.clear()
while h:
    heapq.heappop(h)
print(log); log.clear()
h = [V(x) for x in data]
heapq.heapify(h)
print(h, len(log)); print(log); log.clear()
heapq.heapreplace(h, V(7)); heapq.heappushpop(h, V(2)); heapq.heappushpop(h, V(-1))
print(log); log.clear()

# big heapify (cache friendly order) with logging
for n in [2500, 2501, 3000, 5000]:
    h = [V(x) for x in lcg(n, n, 1000)]
    heapq.heapify(h)
    print(n, len(log), hash(tuple(log))); log.clear()
    h = [x for x in lcg(n, n, 1000)]
    heapq.heapify(h)
    ok = all(h[(i - 1) >> 1] <= h[i] for i in range(1, len(h)))
    print(ok, h[:8])
h = [V(x) for x in lcg(5, 3000, 1000)]
heapq._heapify_max(h)
print(len(log), hash(tuple(log))); log.clear()

# errors
t(heapq.heappush, (), 1)
t(heapq.heappop, ())
t(heapq.heappop, [])
t(heapq.heapify, ())
t(heapq.heapreplace, [], 1)
t(heapq.heapreplace, (), 1)
t(heapq.heappushpop, [], 1)
t(heapq.heappushpop, (), 1)
t(heapq._heappop_max, [])
t(heapq._heapreplace_max, [], 1)
t(heapq.nlargest, 2, 5)
t(heapq.nlargest, 'a', [1, 2])
t(heapq.nsmallest, 2.0, [1, 2, 3])
t(heapq.nsmallest, 1, [])
t(heapq.nsmallest, 1, [], key=len)
t(heapq.nsmallest, 0, [3, 1])
t(heapq.nsmallest, -1, [3, 1])
t(heapq.nsmallest, -1, iter([3, 1]))
t(heapq.heappush, [1, 'a'], 2)

class Grow:
    def __init__(self, v, heap=None):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        if self.heap is not None:
            self.heap.append(Grow(0))
        return self.v < other.v
h = []
heapq.heappush(h, Grow(1))
t(heapq.heappush, h, Grow(0, h))
print(len(h))
h = [Grow(1), Grow(5), Grow(3)]
h[1].heap = h
t(heapq.heappop, h)
print(len(h), [g.v for g in h])

class LL(list):
    pass
h = LL()
heapq.heappush(h, 3); heapq.heappush(h, 1)
print(h, type(h).__name__, heapq.heappop(h))

# nlargest / nsmallest
for n in [-1, 0, 1, 2, 3, 5, 10, 50]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
    print(heapq.nsmallest(n, data, key=lambda x: -x), heapq.nlargest(n, iter(data), key=lambda x: x % 7))
vs = [V(x, str(i)) for i, x in enumerate(data)]
for n in [1, 3, 8, 100]:
    print(heapq.nsmallest(n, iter(vs))); print(len(log), hash(tuple(log))); log.clear()
    print(heapq.nlargest(n, iter(vs))); print(len(log), hash(tuple(log))); log.clear()
    print(heapq.nsmallest(n, iter(vs), key=lambda v: V(v.v % 5))); print(len(log), hash(tuple(log))); log.clear()
    print(heapq.nlargest(n, vs, key=lambda v: V(v.v % 5))); print(len(log), hash(tuple(log))); log.clear()
print(heapq.nlargest(2, {'a': 1, 'b': 2, 'c': 3}))
print(heapq.nsmallest(3, 'hello world'))

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], [9, 0], reverse=True)))
print(list(heapq.merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
a = [V(1, 'a'), V(3, 'a'), V(3, 'b'), V(5, 'a')]
b = [V(1, 'b'), V(3, 'c'), V(4, 'b')]
c = [V(0, 'c'), V(3, 'd')]
print(list(heapq.merge(a, b, c))); print(log); log.clear()
print(list(heapq.merge(a, b, c, key=lambda v: v.v // 2))); print(log); log.clear()
print(list(heapq.merge(a[::-1], b[::-1], c[::-1], reverse=True))); print(log); log.clear()
t(list, heapq.merge([1, 3], 5))
g = heapq.merge([1, 4], [2, 3])
print(next(g), next(g), list(g))
def gen(xs):
    for x in xs:
        yield x
print(list(heapq.merge(gen([1, 5, 9]), gen([2, 6]), gen([3]))))
print(sorted(heapq.__all__))

# bulk
h = []
for x in lcg(7, 20000, 1000000):
    heapq.heappush(h, x)
tot = 0
prev = -1
okk = True
while h:
    x = heapq.heappop(h)
    if x < prev:
        okk = False
    prev = x
    tot += x
print(tot, okk)
print([n for n in dir(heapq) if not n.startswith('_')])
from heapq import *
h = []
heappush(h, 2)
heappush(h, 1)
print(heappop(h), nlargest(1, [3, 9]), list(merge([1], [0])))
