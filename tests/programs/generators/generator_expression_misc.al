# Generator expressions: passing as the sole argument, chaining, iter/next, exhaustion.
g = (c * 2 for c in "xyz")
print(next(g), list(g), next(g, "done"))
evens = (n for n in range(20) if n % 2 == 0)
quads = (n * n for n in evens)
print(sum(quads))
pairs = ((a, b) for a in range(3) for b in "ab")
print(list(pairs))
print(sorted(set(w.lower() for w in "The cat THE dog".split())))
it = iter(x for x in [10, 20])
print(next(it), next(it), next(it, None))
print(sum(x for x in range(100000)), max(x % 1000 for x in range(5000)))
print(tuple(x for x in ()), list(x for x in "" if x))
try:
    next(x for x in [])
except StopIteration as e:
    print("StopIteration", repr(e))
