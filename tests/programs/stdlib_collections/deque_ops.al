# collections.deque: iteration and mutation during it, comparisons, +, *,
# +=, *=, repr of nesting, hashing, copy, deque[int].
from collections import deque


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(d), max(d), sorted(d, reverse=True))
print(3 in d, 5 in d, 'a' not in d, 1.0 in d)
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, iter(it) is it, next(it))
for x in d:
    print('item', x)
for x in reversed(deque('xyz')):
    print('rev', x)
print(list(enumerate(deque('ab'))), list(zip(deque([1, 2]), deque('ab'))))
a, b, c = deque([7, 8, 9])
print(a, b, c, *deque([4, 5]))

def set1(q):
    q[1] = 50


def del1(q):
    del q[1]


# Mutation during iteration: any change of length or order, even after the
# end; d[i] = x and reverse() are not changes.
d = deque([1, 2, 3, 4, 5])
it = iter(d)
next(it)
d.append(6)
attempt(lambda: next(it))
attempt(lambda: next(it))
for name, op in [
    ('appendleft', lambda q: q.appendleft(0)),
    ('pop', lambda q: q.pop()),
    ('popleft', lambda q: q.popleft()),
    ('extend []', lambda q: q.extend([])),
    ('extend', lambda q: q.extend([1])),
    ('rotate 0', lambda q: q.rotate(0)),
    ('reverse', lambda q: q.reverse()),
    ('clear', lambda q: q.clear()),
    ('remove', lambda q: q.remove(3)),
    ('insert', lambda q: q.insert(1, 9)),
    ('setitem', set1),
    ('delitem', del1),
    ('copy', lambda q: q.copy()),
    ('count', lambda q: q.count(1)),
]:
    q = deque([1, 2, 3, 4, 5])
    it = iter(q)
    next(it)
    op(q)
    try:
        print(name, list(it))
    except RuntimeError as e:
        print(name, type(e).__name__, e)
q = deque([1])
it = iter(q)
print(list(it))
q.append(2)
attempt(lambda: next(it))
q = deque([1])
it = reversed(q)
q.rotate(1)
print(list(it))
q = deque([1, 2, 3], maxlen=3)
it = iter(q)
q.append(4)
attempt(lambda: next(it))
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print('loop', e)


class Meddler:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.append(0)
        return False


for method in ['count', 'index', 'remove', '__contains__']:
    q = deque([1, 2])
    q.appendleft(Meddler(q))
    try:
        print(method, getattr(q, method)(5) if method != '__contains__' else 5 in q)
    except (RuntimeError, IndexError) as e:
        print(method, type(e).__name__, e)

# Comparisons.
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([1, 2], 5), deque([1]) == [1])
print(deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2, 0]))
print(deque([2]) > deque([1, 9]), deque([1, 2]) >= deque([1, 2]), deque() < deque([0]))
print(deque([1, 2]) == deque([1.0, 2.0]), deque(['a']) < deque(['b']))
nan = float('nan')
n = deque([nan])
print(n == n, n == deque([nan]), [nan] == [nan])
attempt(lambda: deque([1]) < [1])
attempt(lambda: deque([1, 2]) < deque(['a']))
attempt(lambda: deque() < 5)

# Arithmetic.
print(deque([1]) + deque([2, 3]), deque([1], 2) + deque([7, 8, 9]), deque([1, 2], 3) * 2)
print(2 * deque([1, 2]), deque([1, 2]) * 0, deque([1, 2]) * -1, deque('ab') * True)
attempt(lambda: deque([1]) + [1])
attempt(lambda: [1] + deque([1]))
attempt(lambda: deque([1]) + 1)
attempt(lambda: deque([1]) * 'a')
attempt(lambda: deque([1]) * 2.0)
attempt(lambda: 2.0 * deque([1]))
attempt(lambda: deque() - deque())
attempt(lambda: -deque())
d = deque([1])
e = d
d += [2, 3]
d += deque([4])
d += d
print(d, d is e)
d *= 2
print(d, d is e)
d = deque([1, 2, 3], 4)
d *= 2
print(d)
d *= 0
print(d)


def iadd(x, y):
    x += y
    return x


def imul(x, y):
    x *= y
    return x


attempt(lambda: iadd(deque([1]), 5))
attempt(lambda: imul(deque([1]), 'a'))
attempt(lambda: imul(deque([1]), 2.5))

# repr of nesting, hashing, truth.
d = deque()
d.append(d)
d.append([d])
print(d, repr(d), str(deque('ab')))
print(deque([deque([1]), deque([], 2)]))
attempt(lambda: hash(deque()))
attempt(lambda: {deque(): 1})
print(bool(deque()), bool(deque([0])), not deque(maxlen=2))

# copy.copy support and deque[int].
d = deque([1, [2]], 7)
c = d.__copy__()
print(c, c is d, c[1] is d[1])
print(deque.__copy__(d))
print(deque[int], deque[int, str].__args__, deque[int].__origin__ is deque)
print(deque[int]([1, 2]))
print(format(deque([1])), f'{deque("ab")!r:>20}|')
