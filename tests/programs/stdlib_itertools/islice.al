# islice with every arity, its argument errors and how far it reads.
from itertools import islice, count

s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)),
      list(islice(s, 0, None, 2)), list(islice(s, None)), list(islice(s, None, None, None)))
print(list(islice(s, 1, 6, 2)), list(islice(s, 10)), list(islice(s, 10, 20)),
      list(islice(s, 0)), list(islice(s, 3, 3)), list(islice(s, 4, 2)))
print(list(islice(range(10), True)), list(islice(range(10), None, 3)), list(islice(range(10), 1, 9, 2 ** 62)))
print(list(islice(range(10), 2 ** 63 - 1)), list(islice(range(10), 2 ** 63 - 1, 3)),
      list(islice(range(10), 0, 5, 2 ** 63 - 1)))
print(list(islice(count(), 5, 15, 3)))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(islice('abcdef', Idx(2))), list(islice('abcdef', Idx(1), Idx(5), Idx(2))))

# islice reads only what it needs, and nothing once finished.
reads = []


def gen(n):
    for i in range(n):
        reads.append(i)
        yield i


it = islice(gen(10), 2, 6, 2)
print(list(it), reads)
reads.clear()
g = gen(10)
print(list(islice(g, 3)), reads, next(g))
reads.clear()
g = gen(10)
it = islice(g, 1, 3)
print(next(it), next(it), reads)
try:
    next(it)
except StopIteration:
    print('stop', reads)
print(next(g))
g = gen(3)
it = islice(g, 5)
print(list(it), list(it))

# The underlying iterator keeps its position for the next islice.
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))

for args in [(), ([1],), ([1], -1), ([1], 'a'), ([1], 1, -1), ([1], -1, 3), ([1], 0, 3, 0),
             ([1], 0, 3, -1), ([1], 1, 2, 3, 4), (1, 2), ([1], 1.0), ([1], 2 ** 70),
             ([1], -5), ([1], -2), ([1], 2 ** 63), ([1], 2 ** 70, 3), ([1], 0, 2 ** 63, 1),
             ([1], 0, -1), ([1], 0, -2), ([1], 0, 5, -5), ([1], 0, 5, 2 ** 63),
             ([1], '1', 2), ([1], 1, 2, 'x'), ([1], -1, -1), ([1], Idx(-1))]:
    try:
        print(list(islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kwargs in [{'stop': 2}, {'x': 1}]:
    try:
        islice([1], **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(islice('', 0)).__name__)
