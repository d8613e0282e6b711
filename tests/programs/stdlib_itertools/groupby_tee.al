# groupby (groups share the underlying iterator) and tee.
import itertools
from itertools import groupby, tee

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print(list(groupby([])), [(k, list(g)) for k, g in groupby('a')])

# Groups become empty once the groupby moves on.
groups = []
for k, g in groupby('aaabbbcc'):
    groups.append(g)
print([list(g) for g in groups])

gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(next(gb)[0], list(gb))

# A partly read group: the rest is skipped.
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))
k, g = next(gb)
print(k, list(g), list(g))

# The key function runs once per item, in order.
calls = []


def key(x):
    calls.append(x)
    return x % 2


print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key)])
print(calls)

# Equality: keys compare with ==, equal-but-different types group together.
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
nan = float('nan')
print([(k, len(list(g))) for k, g in groupby([nan, nan, float('nan')])])


class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v

    def __repr__(self):
        return 'N%d' % self.v


print([(k, list(g)) for k, g in groupby([Noisy(1), Noisy(1), Noisy(2)])])

for args, kwargs in [((), {}), (([1], None, 3), {}), (([1],), {'iterable': [1]}),
                     ((), {'bogus': 1}), (([1],), {'key': None, 'x': 1}), ((1,), {}),
                     ((), {'a': 1, 'b': 2, 'c': 3})]:
    try:
        groupby(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
print([(k, list(g)) for k, g in groupby(iterable='aab', key=None)])
print(type(groupby('')).__name__, type(next(groupby('a'))[1]).__name__)

# tee
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee('abc', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), tee(5, 0), len(tee([1], 1)))


def gen():
    for i in range(4):
        print('produce', i)
        yield i


a, b = tee(gen())
print(next(a), next(a))
print(next(b))
print(list(a), list(b))

# Runs longer than one shared block.
a, b = tee(iter(range(200)))
print(sum(a), sum(b))
a, b = tee(range(300))
xs = []
for x, y in zip(a, b):
    xs.append(x - y)
print(sum(xs), list(a), list(b))

# Copies of a tee share its position.
a, b = tee('abcdef')
next(a)
c, d = tee(a)
print(c is a, next(c), next(d), list(a), list(b), list(d))
e = d.__copy__()
print(list(e))
a, = tee('xyz', 1)
f = a.__copy__()
print(next(a), next(f), type(f).__name__, iter(a) is a)

for args, kwargs in [(([1], -1), {}), ((), {}), ((1,), {}), (([1], 'a'), {}),
                     ((), {'iterable': [1]}), (([1],), {'n': 3}), (([1], 2, 3), {})]:
    try:
        tee(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    tee([1], 2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)
print(type(tee('a')[0]).__name__, type(tee('a')).__name__)
