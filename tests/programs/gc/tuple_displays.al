# Tuple displays of every size up to past the inline allocation's limit,
# made often enough to collect many times while they are live.

def make(depth):
    if depth == 0:
        return (None, None)
    return (make(depth - 1), make(depth - 1))

def count(node):
    return 1 if node[0] is None else 1 + count(node[0]) + count(node[1])

keep = make(10)
total = 0
for i in range(40):
    total += count(make(8))
print(count(keep), total)

def sized(i):
    # Every arity from 1 to 30 (inline up to 28 items).
    items = [(i, j) for j in range(30)]
    return [tuple(items[:k]) for k in range(1, 31)], (
        (i,), (i, 1), (i, 1, 2), (i, 1, 2, 3), (i, 1, 2, 3, 4),
        (i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
         19, 20, 21, 22, 23, 24, 25, 26, 27),
        (i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
         19, 20, 21, 22, 23, 24, 25, 26, 27, 28),
    )

acc = []
for i in range(300):
    built, displays = sized(i)
    acc.append(displays)
    assert all(len(t) == k + 1 for k, t in enumerate(built))
print([len(t) for t in acc[-1]], sum(t[0][0] for t in acc))
print(hash(acc[5][2]) == hash((5, 1, 2)), acc[5][2] == (5, 1, 2), acc[7][1])
x = 1
e1 = ()
e2 = tuple([])
print(e1 is e2, type((x,)).__name__, (x,) == (1,), {(x, 2): "a"}[(1, 2)])
d = {}
for i in range(2000):
    d[(i, i + 1)] = (i * 2, str(i))
print(len(d), d[(1999, 2000)], d[(0, 1)])
