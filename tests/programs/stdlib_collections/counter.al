# collections.Counter: counting, most_common with ties in first-seen order,
# elements, update/subtract, total, the multiset operators, comparisons,
# repr and messages.
from collections import Counter


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
print(c, len(c), c['a'], c['z'], 'z' in c, c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(99))
print(c.most_common(1), c.most_common(True), Counter().most_common(1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter([]), Counter({'x': 2, 'y': 5}), Counter(x=1, y=-2))
print(Counter({'a': 1}, a=5), Counter(a=1, self=2), Counter(iterable=[1]))
print(Counter({'b': 1, 'a': 1, 'c': 2}), Counter('zyzxyz'))
print(Counter({1: 'x', 2: 'y'}), Counter({'a': 1, 'b': None}), Counter(a='x'))
print(Counter([1, 2, 2, (3, 4), (3, 4), None]))
attempt(lambda: Counter(1))
attempt(lambda: Counter('a', 'b'))
attempt(lambda: Counter.fromkeys('ab'))
attempt(lambda: Counter('abca').most_common('x'))
attempt(lambda: Counter('abca').most_common(1.5))
attempt(lambda: list(Counter(a=1.5).elements()))
attempt(lambda: Counter()[[]])

# update and subtract
c = Counter('aab')
c.update('abc')
print(c)
c.update({'a': 10, 'z': 1})
print(c)
c.update(b=5)
c.update(Counter('q'), q=2)
print(c)
e = Counter()
e.update({'k': 'v'})
print(e)
attempt(lambda: Counter('a').update({'a': 'x'}))
attempt(lambda: Counter('ab').update(1))
attempt(lambda: Counter.update())
c.subtract('aaz')
print(c)
c.subtract({'b': 10})
c.subtract(q=3, w=1)
print(c)
attempt(lambda: Counter().subtract(1))
c = Counter(a=3, b=1)
c['z'] = 0
print(c, c.total())
del c['nope']
del c['z']
print(c)
print(c.copy(), c.copy() is c, type(c.copy()).__name__)
print(c.get('a'), c.get('q'), c.get('q', 7), list(c.keys()), list(c.values()))

# The multiset operators keep positive counts only.
a = Counter(a=3, b=1, e=0)
b = Counter(a=1, b=-2, c=3, d=-4)
print(a + b, a - b, a | b, a & b)
print(b + a, b - a, b | a, b & a)
print(+Counter(a=-1, b=2, c=0), -Counter(a=-1, b=2, c=0))
attempt(lambda: Counter() + {})
attempt(lambda: Counter() - 1)
attempt(lambda: Counter() & [])
print(Counter(a=1) | {'b': 2}, {'b': 2} | Counter(a=1))
c = Counter(a=2, b=-1)
c += Counter(b=3, c=-1)
print(c)
c = Counter(a=2, b=-1)
c -= Counter(b=3, c=-1)
print(c)
c = Counter(a=2, b=-1)
c |= Counter(b=3, c=-1)
print(c)
c = Counter(a=2, b=-1, d=5)
c &= Counter(b=3, c=-1, a=1)
print(c)
c = Counter(a=1)
c += {'b': 2}
print(c)


def iadd(x, y):
    x += y
    return x


attempt(lambda: iadd(Counter(a=1), 5))

# Comparisons treat missing counts as zero.
print(Counter(a=1) == Counter(a=1, b=0), Counter() == {}, Counter(a=1) == {'a': 1})
print(Counter(a=1) != Counter(a=2), Counter(a=1) != Counter(a=1))
print(Counter(a=1) <= Counter(a=1, b=0), Counter(a=1) < Counter(a=1, b=0), Counter(a=1) < Counter(a=2))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter(a=2, b=1) > Counter(a=2))
attempt(lambda: Counter() < {})
attempt(lambda: hash(Counter()))


class Tally(Counter):
    pass


t = Tally('aab')
print(t, t.copy(), type(t.copy()).__name__, type(t + t).__name__, Tally())
print(isinstance(t, dict), Counter.__mro__, Counter[str])

# Word counting, the classic use.
text = 'the quick brown fox jumps over the lazy dog the fox'
words = Counter(text.split())
for word, n in words.most_common(3):
    print(word, n)
print(words)
