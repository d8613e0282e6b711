# product, combinations, combinations_with_replacement, permutations.
import itertools
from itertools import product, combinations, combinations_with_replacement, permutations

print(list(product('ab', range(3))))
print(list(product((0, 1), (0, 1), (0, 1))))
print(list(product('ab', repeat=2)))
print(list(product('ab', 'xy', repeat=2)))
print(list(product()), list(product(repeat=0)), list(product('ab', repeat=0)))
print(list(product('ab', [])), list(product([], 'ab')), list(product([1], [2], [3])))
print(list(product(range(2), repeat=3)))
print(len(list(product(range(4), repeat=5))), sum(map(sum, product(range(10), repeat=4))))
p = product('ab', 'c')
print(next(p), next(p), list(p), list(p))


def g(name, n):
    print('consume', name)
    yield from range(n)


p = product(g('a', 2), g('b', 2))
print('made')
print(list(p))

for args, kwargs in [((), {'repeat': -1}), (([1],), {'x': 2}), (([1],), {'repeat': 'a'}),
                     ((1,), {}), (([1],), {'repeat': 2.0}), ((1,), {'repeat': -1})]:
    try:
        product(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for n in range(5):
    for r in range(6):
        c = list(combinations(range(n), r))
        w = list(combinations_with_replacement(range(n), r))
        p = list(permutations(range(n), r))
        print(n, r, len(c), len(w), len(p), c[:3], w[-2:], p[-3:])

print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(permutations('ABCD', 2)))
print(list(permutations(range(3))))
print(list(permutations('abc', None)), list(permutations('ab', r=1)))
print(list(permutations([])), list(permutations([], 0)), list(combinations([], 0)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement([], 1)), list(combinations('ab', 3)), list(permutations('ab', 3)))
print(list(combinations(iterable='abc', r=2)), list(permutations(iterable='abc', r=2)),
      list(combinations_with_replacement(r=1, iterable='ab')))

# Repeated values are distinct positions.
print(list(permutations([1, 1, 2])))
print(list(combinations([1, 1, 2], 2)))
print(list(combinations_with_replacement([1, 1], 2)))

# Bigger runs, compared with independent definitions.
def perms(xs, r):
    if r == 0:
        return [()]
    out = []
    for i in range(len(xs)):
        for rest in perms(xs[:i] + xs[i + 1:], r - 1):
            out.append((xs[i],) + rest)
    return out


def combs(xs, r):
    if r == 0:
        return [()]
    out = []
    for i in range(len(xs)):
        for rest in combs(xs[i + 1:], r - 1):
            out.append((xs[i],) + rest)
    return out


xs = list('abcdef')
for r in range(7):
    assert list(permutations(xs, r)) == perms(xs, r), r
    assert list(combinations(xs, r)) == combs(xs, r), r
print(sum(1 for _ in permutations(range(8))))
print(sum(1 for _ in combinations(range(20), 5)), sum(1 for _ in combinations_with_replacement(range(10), 5)))
print(list(permutations(range(5)))[::17])

c = combinations('abcd', 2)
print(next(c), next(c), list(c), list(c))
p = permutations('abc')
print(next(p), list(p), list(p))

for f in [combinations, combinations_with_replacement, permutations]:
    for args, kwargs in [(([1], -1), {}), (([1],), {}), (([1], 'a'), {}), (([1], 1.0), {}),
                         ((), {}), (([1], 1, 3), {}), (([1],), {'iterable': [1]}),
                         (([1], [2]), {'bogus': 1}), ((), {'bogus': 1}),
                         ((1, 2), {}), (([1], None), {}), ((), {'r': 1}),
                         (([1, 2],), {'r': 2, 'iterable': 3})]:
        try:
            list(f(*args, **kwargs))
            print('ok')
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        f([1], 2 ** 70)
    except OverflowError as e:
        print(type(e).__name__, e)

print(type(product()).__name__, type(combinations('', 0)).__name__,
      type(combinations_with_replacement('', 0)).__name__, type(permutations('')).__name__)
