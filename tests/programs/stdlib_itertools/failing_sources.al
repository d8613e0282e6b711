# What each iterator does when its source raises, and after.
import itertools


def failing(n, exc=ValueError):
    for i in range(n):
        yield i
    raise exc('source failed at %d' % n)


class Flaky:
    """An iterator that raises once, then goes on."""

    def __init__(self, items, bad):
        self.items = list(items)
        self.bad = bad
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == self.bad:
            self.bad = -1
            raise KeyError('flaky')
        if self.i >= len(self.items):
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        return v


def drain(name, it):
    out = []
    for _ in range(12):
        try:
            out.append(next(it))
        except StopIteration:
            out.append('stop')
            break
        except Exception as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print(name, out)


drain('islice', itertools.islice(Flaky('abcde', 2), 4))
drain('islice step', itertools.islice(Flaky('abcdefgh', 1), 0, None, 2))
drain('pairwise', itertools.pairwise(Flaky('abcde', 2)))
drain('pairwise first', itertools.pairwise(Flaky('abc', 0)))
drain('chain', itertools.chain(Flaky('ab', 1), 'xy'))
drain('chain source', itertools.chain.from_iterable(failing(2)))
drain('cycle', itertools.cycle(Flaky('ab', 1)))
drain('zip_longest', itertools.zip_longest(Flaky('abc', 1), 'wxyz'))
drain('compress', itertools.compress(Flaky('abcd', 2), [1, 1, 1, 1]))
drain('dropwhile', itertools.dropwhile(lambda x: x < 'b', Flaky('abcd', 2)))
drain('takewhile', itertools.takewhile(lambda x: x < 'd', Flaky('abcd', 2)))
drain('filterfalse', itertools.filterfalse(None, Flaky([0, 1, 0, 2], 1)))
drain('starmap', itertools.starmap(lambda *a: a, Flaky([(1,), (2, 3)], 1)))
drain('accumulate', itertools.accumulate(Flaky([1, 2, 3, 4], 2)))
drain('groupby', ((k, list(g)) for k, g in itertools.groupby(Flaky('aabb', 3))))
gb = itertools.groupby(Flaky('aabbc', 1))
k, g = next(gb)
drain('grouper', g)
drain('groupby after', (k for k, g in gb))
a, b = itertools.tee(Flaky('abc', 1))
drain('tee a', a)
drain('tee b', b)
drain('enumerate-like', zip(itertools.count(), Flaky('ab', 1)))
for f in [lambda: list(itertools.product(failing(1))), lambda: list(itertools.combinations(failing(2), 1)),
          lambda: list(itertools.permutations(failing(0))), lambda: list(itertools.combinations_with_replacement(failing(3), 2))]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)


def key_fails(x):
    if x == 'c':
        raise RuntimeError('bad key')
    return x


drain('groupby key', ((k, list(g)) for k, g in itertools.groupby('aabccd', key_fails)))
drain('accumulate func', itertools.accumulate([1, 2, 3, 4], lambda a, b: a // (b - 3)))
drain('starmap func', itertools.starmap(lambda a: 1 // a, [(1,), (0,), (2,)]))
drain('dropwhile pred', itertools.dropwhile(lambda x: 1 // x, [1, 0, 2]))
