# count, cycle and repeat: values, reprs and argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def take(n, it):
    return list(islice(it, n))


print(take(5, count()))
print(take(5, count(10)))
print(take(5, count(10, 3)))
print(take(5, count(-2, -2)))
print(take(5, count(1.5)))
print(take(5, count(0.1, 0.1)))
print(take(4, count(2 ** 63 - 2)))
print(take(3, count(2 ** 70, 2 ** 69)))
print(take(3, count(True)), take(3, count(True, 2)), take(3, count(1, True)))
print(take(3, count(start=4)), take(3, count(step=5)), take(3, count(step=2, start=1)))
print(take(3, count(1, 0)))
print(take(3, count(1, 0.5)))

for c in [count(), count(5), count(5, 1), count(5, 2), count(5.0), count(5, 1.0),
          count(1.5, -2), count(step=-1), count(True), count(True, 2),
          count(2 ** 70), count(0, 2 ** 70), count(-3, 1)]:
    print(repr(c))

c = count(5, 2)
next(c)
next(c)
print(c, next(c), c)

c = count(2 ** 63 - 2)
next(c)
next(c)
print(repr(c), next(c), repr(c))

for args, kwargs in [(('a',), {}), ((1, 'a'), {}), ((1, 2, 3), {}), ((), {'x': 1}),
                     ((None,), {}), (([],), {}), ((1,), {'step': None}),
                     ((1,), {'start': 2}), ((), {'a': 1, 'b': 2, 'c': 3}),
                     ((1, 2), {'x': 3})]:
    try:
        count(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return 'Num(%d)' % self.v


print(take(3, count(Num(3))), take(3, count(Num(3), 2)), repr(count(Num(3))))

# cycle
print(take(10, cycle('abc')))
print(take(5, cycle([1])))
print(list(cycle([])))
print(take(7, cycle(iter(range(3)))))


def gen():
    print('gen start')
    yield 1
    yield 2
    print('gen end')


c = cycle(gen())
print('made')
print(take(5, c))
for args, kwargs in [((), {}), ((1,), {}), (([1], [2]), {}), ((), {'x': 1}), (([1],), {'x': 1})]:
    try:
        cycle(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

# repeat
print(list(repeat('a', 3)), list(repeat('a', 0)), list(repeat('a', -3)))
print(take(4, repeat(None)))
print(list(repeat(object='x', times=2)), list(repeat([1], times=1)))
print(repr(repeat('a', 3)), repr(repeat('a')), repr(repeat('a', -2)), repr(repeat([1, 2])))
print(repr(repeat(1, True)), repr(repeat(2.5, 0)), repr(repeat(None, Num(2))))
r = repeat('x', 2)
print(r.__length_hint__(), next(r), repr(r), r.__length_hint__(), next(r), repr(r))
print(list(r), repr(r))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
r = repeat(l, 2)
a, b = r
print(a is l, b is l)
for args, kwargs in [((), {}), ((1, 'a'), {}), ((1, 2, 3), {}), ((1,), {'times': None}),
                     ((1, 2.0), {}), ((1,), {'object': 2}), ((), {'times': 2}),
                     ((1,), {'bogus': 1}), ((), {'a': 1, 'b': 2, 'c': 3})]:
    try:
        repeat(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    repeat(1, 2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)

print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), 'abc')))
print(type(count()).__name__, type(cycle('')).__name__, type(repeat(1)).__name__)
print(iter(c) is c, isinstance(c, cycle), isinstance(count(), itertools.count))


# Subclasses: their reprs use their own names.
class Counter(count):
    pass


class Again(repeat):
    def __next__(self):
        return ('again', super().__next__())


c = Counter(5, 2)
print(repr(c), next(c), repr(c), repr(Counter()), isinstance(c, count), type(c).__name__)
a = Again('x', 2)
print(repr(a), list(a), repr(a), repr(Again(None)))
