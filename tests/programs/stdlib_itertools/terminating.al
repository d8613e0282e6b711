# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
# pairwise, zip_longest.
import itertools
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, starmap, pairwise, zip_longest)

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate('abc')), list(accumulate([])), list(accumulate([], initial=5)))
print(list(accumulate([1], 2)), list(accumulate([1, 2], func=None, initial=None)))
print(list(accumulate(iterable=[[1], [2]])), list(accumulate([1.5, 2, 3])))
print(list(accumulate([None])), list(accumulate([1, 2], initial=None)))
try:
    list(accumulate([None, 1]))
except TypeError as e:
    print(type(e).__name__, e)
a = accumulate([1, 2, 3], initial=0)
print(next(a), next(a), list(a), list(a))
for args, kwargs in [((), {}), (([1], None, 3), {}), (([1],), {'iterable': [1]}),
                     (([1], [2]), {'bogus': 1}), (([1],), {'initial': 1, 'x': 2}),
                     ((), {'a': 1, 'b': 2, 'c': 3, 'd': 4}), ((1, 2, 3, 4), {}), ((1,), {})]:
    try:
        accumulate(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

print(list(chain('abc', [1, 2], (), range(3))), list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', 'cd', ''])), list(chain.from_iterable([])))
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
print(list(c))


def gens():
    print('first')
    yield [1, 2]
    print('second')
    yield iter([3])
    print('done')


c = chain.from_iterable(gens())
print('made')
print(list(c), list(c))
for call in [lambda: chain(x=1), lambda: chain.from_iterable(), lambda: chain.from_iterable(1, 2),
             lambda: chain.from_iterable(x=1), lambda: chain.from_iterable(1),
             lambda: list(chain.from_iterable([1]))]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


def bad_source():
    yield [1]
    raise ValueError('source broke')


c = chain.from_iterable(bad_source())
print(next(c))
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)
print(list(c))
print(type(chain()).__name__, type(chain.from_iterable([])).__name__, isinstance(chain(), chain))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [0, 1, 1, 1, 1])),
      list(compress(range(10), [True] * 3)), list(compress(data=[1, 2], selectors=[0, 1])))
for args, kwargs in [((), {}), (([1],), {}), ((1, [1]), {}), (([1], 1), {}), (([1],), {'iterable': [1]}),
                     (([1], [1], 3), {})]:
    try:
        compress(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])),
      list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])),
      list(filterfalse(bool, [0, 1, 2, 0])))
calls = []


def pred(x):
    calls.append(x)
    return x < 3


print(list(dropwhile(pred, [1, 2, 3, 1, 5])), calls)
calls.clear()
t = takewhile(pred, [1, 2, 3, 1, 5])
print(list(t), list(t), calls)
for f in [dropwhile, takewhile, filterfalse, starmap]:
    for args, kwargs in [((None,), {}), ((1, 2, 3), {}), ((), {'predicate': 1, 'iterable': []}),
                         ((None, 1), {})]:
        try:
            f(*args, **kwargs)
            print('ok')
        except TypeError as e:
            print(type(e).__name__, e)
for f in [dropwhile, takewhile]:
    for p in [None, 1]:
        try:
            list(f(p, [1]))
        except TypeError as e:
            print(type(e).__name__, e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ['ab', [1, 2, 3]])),
      list(starmap(lambda: 1, [(), []])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__, e)

print(list(pairwise('ABCDEFG')), list(pairwise('a')), list(pairwise('')), list(pairwise(range(3))))
p = pairwise(iter('abc'))
print(next(p), next(p), list(p), list(p))
for args, kwargs in [((), {}), ((1,), {}), (([1], [2]), {}), ((), {'iterable': [1]})]:
    try:
        pairwise(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', 'c', fillvalue=0)),
      list(zip_longest()), list(zip_longest('abc')), list(zip_longest('a', 'bcd', 'ef')),
      list(zip_longest([], [])), list(zip_longest(range(2), range(3), fillvalue=None)))
z = zip_longest('a', 'bc')
print(next(z), next(z), list(z), list(z))
for args, kwargs in [((), {'x': 1}), (([1],), {'fillvalue': 1, 'x': 2}), ((1,), {}),
                     (([1],), {'iterable': [1]})]:
    try:
        zip_longest(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


def failing():
    yield 1
    raise KeyError('k')


z = zip_longest(failing(), 'abc')
print(next(z))
try:
    next(z)
except KeyError as e:
    print(type(e).__name__, e)
print(list(z))
names = [accumulate([]), chain(), compress([], []), dropwhile(None, []), takewhile(None, []),
         filterfalse(None, []), starmap(None, []), pairwise([]), zip_longest()]
print([type(x).__name__ for x in names])
print(all(iter(x) is x for x in names))
