# bisect: bisect_left/right and insort_left/right with lo, hi and key, the
# aliases, CPython's errors and comparison order.
import bisect

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
    print(bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 4), bisect.bisect_left(a, x, hi=3))
t(bisect.bisect_right, [1, 2, 3], 2, 0, -1)
t(bisect.bisect_right, [1, 2, 3], 2, 0, -2)
t(bisect.bisect_right, [1, 2, 3], 2, 0, None)
t(bisect.bisect_right, [1, 2, 3], 2, -1)
t(bisect.bisect_left, [1, 2, 3], 2, -1)
t(bisect.bisect_right, [1, 2, 3], 2, 5)
t(bisect.bisect_right, [1, 2, 3], 2, 0, 10)
t(bisect.bisect_right, [1, 2, 3], 2, 'a')
t(bisect.bisect_right, [1, 2, 3], 2, 0, 1.5)
t(bisect.bisect_right, [1, 2, 3], 2, True)
t(bisect.bisect_right, 5, 2)
t(bisect.bisect_right, [1, 2, 3], 2, lo=1, hi=2, key=None)
t(bisect.bisect_right, a=[1, 2, 3], x=2)
t(bisect.insort_right, (1, 2), 2)
t(bisect.insort_right, [1, 2], 2, -1)
t(bisect.bisect_left, [1, 2, 3], 2, 3, 1)

class Idx:
    def __index__(self):
        return 2

t(bisect.bisect_left, [1, 2, 3, 4], 4, Idx())
t(bisect.bisect_left, [1, 2, 3, 4], 1, 0, Idx())

class L:
    def __init__(self):
        self.d = [1, 2, 3]
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print('get', i)
        return self.d[i]
    def insert(self, i, x):
        print('ins', i, x)

t(bisect.insort, L(), 2)
t(bisect.bisect, L(), 2, 0, 3, key=lambda v: -v)
t(bisect.insort, L(), 2, key=lambda v: v)
t(bisect.insort_left, L(), 2, key=lambda v: v)

class V:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        V.n += 1
        return self.v < other.v
    def __repr__(self):
        return 'V(%r)' % self.v

vs = []
for i in [5, 3, 8, 1, 3, 9, 0, 5]:
    bisect.insort(vs, V(i))
print(vs, V.n)
V.n = 0
for i in [5, 3, 8, 1, 3, 9, 0, 5]:
    bisect.insort_left(vs, V(i))
print(vs, V.n)

recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
k = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=k), bisect.bisect_right(recs, 3, key=k))
bisect.insort_left(recs, ('x', 3), key=k)
bisect.insort_right(recs, ('y', 3), key=k)
bisect.insort(recs, ('z', 0), key=k)
print(recs)
bisect.insort(recs, ('w', 9), 2, key=k)
print(recs)
words = ['apple', 'fig', 'banana']
s = []
for w in words:
    bisect.insort(s, w)
print(s, bisect.bisect(s, 'c'), bisect.bisect_left(s, 'banana'), bisect.bisect_right(s, 'banana'))
t(bisect.bisect, [1, 'a'], 'b')
r = range(0, 100, 3)
print(bisect.bisect_left(r, 50), bisect.bisect_right(r, 51))
big = list(range(0, 2000, 2))
tot = 0
for i in range(2000):
    tot += bisect.bisect_left(big, i) + bisect.bisect_right(big, i)
print(tot)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
t(bisect.bisect_right, [1, 2, 3], 2, 0, 'x')
print([n for n in dir(bisect) if not n.startswith('_')])
from bisect import *
print(bisect_left([1, 2], 2), insort_left.__name__)
