# Generator expressions are generator objects: stored, passed, returned.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))


def take(it, n):
    out = []
    for x in it:
        out.append(x)
        if len(out) == n:
            break
    return out


print(take((c.upper() for c in "hello"), 3))


def make(n):
    return (i + n for i in range(3))


gs = [make(10), make(20)]
print([list(x) for x in gs])
print(iter(g) is g)
h = (x for x in [1, 2, 3])
print(h.__next__(), next(h, "dflt"), next(h), next(h, "end"))
try:
    next(h)
except StopIteration:
    print("stopped")
print(sum((x for x in range(10)), 100))
print(max(x % 7 for x in range(20)), min(x % 7 for x in range(1, 20)))
print(dict((k, k * 2) for k in "abc"))
print(list(enumerate(x for x in "xyz")))
print(list(zip((a for a in range(3)), (b * 10 for b in range(5)))))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(tuple(x for x in range(3)), frozenset(x % 2 for x in range(5)))
print(set(x % 3 for x in range(10)))
print("".join(c * 2 for c in "ab"), ", ".join(str(i) for i in range(4)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(list(map(lambda v: v + 1, (x for x in range(3)))))
print(list(filter(None, (x % 2 for x in range(6)))))
nested = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested))
print(list(x for x in (y * 2 for y in range(4))))
print([x for x in (y for y in (z + 1 for z in range(3)))])
