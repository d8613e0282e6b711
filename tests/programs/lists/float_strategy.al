# Lists of floats only store their items unboxed (list strategies); every
# way a list leaves that state, and every operation on one, behaves as
# CPython's lists do.

xs = [1.5, -0.0, float("inf"), float("-inf"), 2.0]
print(xs, len(xs), repr(xs), str(xs))
print(xs[0], xs[-1], xs[1], xs[2] > 1e308, xs[3] < -1e308)
print(sum(xs[:2]), min(xs), max(xs), sorted(xs))
print(xs == [1.5, -0.0, float("inf"), float("-inf"), 2.0], xs != xs, xs < [1.5, 0.0, 9.0])
print(-0.0 in xs, 0.0 in xs, 3.0 in xs, xs.index(2.0), xs.count(-0.0))
print([0.0] * 3, [1.5, 2.5] * 2, [1.0] * 0, 2 * [0.5])
print([1.0, 2.0] + [3.0], [1.0] + [2], [1.0] + [], [] + [1.0])

# Stores: a float stays unboxed; anything else turns the list generic.
ys = [0.0] * 4
ys[0] = 1.25
ys[-1] = ys[0] * 2.0
print(ys)
ys[1] = 7
print(ys, type(ys[1]).__name__, type(ys[0]).__name__)
ys[1] = 3.5
print(ys)
zs = [1.0, 2.0]
zs[0] = "one"
print(zs)
bs = [1.0, 2.0]
bs[1] = True
print(bs, bs[1] is True)
ns = [1.0, 2.0]
ns[0] = None
print(ns, ns[0] is None)

# Growing and shrinking.
a = [1.0]
a.append(2.0)
a.append(2)
a.append(3.5)
print(a)
a = []
a.append(0.5)
a.extend([1.5, 2.5])
a.extend((3.5,))
a += [4.5]
print(a, len(a))
a.extend(x / 2 for x in range(3))
print(a)
a.insert(0, -1.0)
print(a, a.pop(), a.pop(0), a)
del a[1]
del a[:1]
print(a)
a.remove(2.5)
print(a)
a[1:2] = [9.0, 9.5]
print(a)
a[::2] = [0.0] * len(a[::2])
print(a)
a.reverse()
print(a, list(reversed(a)))
a.sort()
print(a)
a.sort(reverse=True, key=lambda v: -v)
print(a)
a.clear()
print(a, len(a))
a.append("s")
print(a)

# Copies and slices keep the values.
c = [3.0, 1.0, 2.0]
print(c[:], c[1:], c[::-1], c.copy(), list(c), c[5:])
d = c * 2
d[0] = 0.0
print(c, d)
e = c
e[0] = 10.0
print(c[0], c is e)

# Iteration, unpacking, builtins.
total = 0.0
for v in [0.1, 0.2, 0.3]:
    total = total + v
print(total)
for i, v in enumerate([0.5, 1.5]):
    print(i, v)
print(list(zip([1.0, 2.0], [3.0, 4.0])), dict(zip("ab", [1.0, 2.0])))
p, q, r = [1.0, 2.0, 3.0]
print(p, q, r, *[4.0, 5.0])
print(tuple([1.0, 2.0]), set([1.0, 1.0, 2.0]), sorted([2.0, 1.0], reverse=True))
print(sum([0.1] * 10), min([2.0, -1.0]), max([2.0, -1.0]), any([0.0, 0.0]), all([1.0, 0.0]))
print([v * 2.0 for v in [1.0, 2.0]], [v for v in [1.0, 2.0] if v > 1.0])
print(", ".join(str(v) for v in [1.0, 2.5]), "%s %r" % ([1.0], [2.0]), f"{[0.5]}")
print(hash(tuple([1.0, 2.0])) == hash((1.0, 2.0)), [1.0, 2.0].__len__(), [1.0].__contains__(1.0))

# Floats equal to ints, and ints equal to floats.
m = [1.0, 2.0, 3.0]
print(1 in m, True in m, m == [1, 2, 3], m.index(2), m.count(1), [1, 2] == [1.0, 2.0])

# Nested lists of floats (a matrix).
grid = [[0.0] * 3 for _ in range(2)]
grid[1][2] = 5.0
grid[0][0] += 1.5
print(grid, [row[2] for row in grid])

# sum, min and max read a float list's items without boxing: CPython's
# additions in order, the first of equal items.
print(sum([-0.0]), sum([-0.0], -0.0), sum([]), sum([], 0.5), sum([0.1, 0.2, 0.3], 1))
print(sum([1e16, 1.0, -1e16]), sum([0.5] * 3, 2**53), sum([0.5], 2**60), sum([1.5], True))
print(min([0.0, -0.0]), max([0.0, -0.0]), min([-0.0, 0.0]), max([-0.0, 0.0]))
print(min([2.0, 1.0, 1.0]), max([1.0], default=5), min([], default="none"), max([3.0, 1.0], key=lambda v: -v))
print(sum(x for x in [0.25, 0.5]), min(1.0, 2.0), max([inf_ := float("inf"), 1.0]))

# Each operation on a fresh list of floats.
print(list(reversed([1.0, 2.0, 3.0])), [v for v in reversed([0.5, 1.5])])
f1 = [1.0, 2.0, 3.0]
del f1[0]
f2 = [3.0, 1.0, 2.0]
f2.sort()
f3 = [1.0, 2.0, 3.0]
f3[0:2] = [7.5]
f4 = [1.0, 2.0]
f4.insert(1, 1.5)
f5 = [1.0, 2.0]
p5 = f5.pop()
f6 = [1.0, 2.0]
f6 *= 2
f7 = [1.0, 2.0]
f7 += (3.0,)
f8 = [4.0, 5.0]
f8.extend(f8)
print(f1, f2, f3, f4, f5, p5, f6, f7, f8, sorted([2.5, -1.5]), [1.0, 2.0] < [1.0, 2.5])

# An empty list turns generic on its first non-float item, then keeps
# floats as values; one that starts with a float keeps the strategy.
chunks = []
for first in [1, "s", None, 2.5, (1,)]:
    buf = []
    buf.append(first)
    buf.append(0.5)
    buf.append(first)
    chunks.append(buf)
print(chunks, [len(c) for c in chunks])
e = []
e.insert(0, 7)
e[:0] = [1.0]
print(e, e.index(7), 1.0 in e)
