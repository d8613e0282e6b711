# enumerate / zip / reversed / map / filter in for loops.
names = ["ann", "bob", "cid"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n, end="; ")
print()
for n, a in zip(names, ages):
    print(n, a)
for n, a, c in zip(names, ages, "xyz"):
    print(n, a, c)
for n in reversed(names):
    print(n, end=" ")
print()
for sq in map(lambda v: v * v, range(5)):
    print(sq, end=" ")
print()
for v in filter(lambda v: v % 3 == 0, range(20)):
    print(v, end=" ")
print()
for v in filter(None, [0, 1, "", "x", None, [], [1]]):
    print(repr(v), end=" ")
print()
for a, b in map(lambda p: (p[1], p[0]), enumerate("ab")):
    print(a, b)
print(list(map(pow, [2, 3, 4], [5, 2, 0])), list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(list(reversed(range(0, 10, 3))), list(reversed("abc")), list(reversed((1, 2))))
it = iter(names)
for n in it:
    print("consumed", n, "skipped", next(it, None))
