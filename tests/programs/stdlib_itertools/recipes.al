# The itertools recipes written on the module's iterators: take, grouper,
# sliding windows, roundrobin, powerset, unique_everseen, flatten, nth,
# partition, run-length encoding, and running totals.
from itertools import (accumulate, chain, combinations, count, cycle, filterfalse, groupby, islice,
                       repeat, starmap, tee, zip_longest, takewhile, dropwhile, product, compress)
import operator


def take(n, it):
    return list(islice(it, n))


def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)


def sliding(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in islice(t, i):
            pass
    return zip(*its)


def roundrobin(*its):
    nexts = cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def powerset(xs):
    return chain.from_iterable(combinations(xs, r) for r in range(len(xs) + 1))


def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


def partition(pred, it):
    a, b = tee(it)
    return list(filterfalse(pred, a)), list(filter(pred, b))


print(take(5, count(10, 3)), list(grouper("ABCDEFG", 3, "x")))
print(list(sliding(range(6), 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(chain.from_iterable([[1, 2], (3,), "ab"])), next(islice(count(), 7, None)))
print(partition(lambda x: x % 3 == 0, range(10)))
rle = [(k, len(list(g))) for k, g in groupby("WWWWBBBWWCCCCCD")]
print(rle, "".join(starmap(operator.mul, [(ch, n) for ch, n in rle])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), operator.mul, initial=10)))
print(list(takewhile(lambda x: x < 10, (n * n for n in count(1)))), list(dropwhile(str.isdigit, "123abc45")))
print(list(compress("ABCDEF", cycle([1, 0]))), list(repeat("z", 3)), len(list(product("ab", repeat=3))))
print(sum(starmap(pow, zip(range(5), repeat(2)))), list(islice(cycle("xyz"), 2, 9, 2)))
