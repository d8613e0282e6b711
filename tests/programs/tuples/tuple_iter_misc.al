# Iterating tuples, enumerate/zip over them, tuple() of iterators, len of nested.
colors = ("red", "green", "blue")
for i, c in enumerate(colors):
    print(i, c, len(c))
for c, n in zip(colors, (3, 5)):
    print(c * n)
print(tuple(reversed(colors)), tuple(sorted(colors)), tuple(map(len, colors)))
print(tuple(filter(None, (0, 1, "", "a", None, [], [0]))))
print(any(()), all(()), sum((1, 2, 3)), sum(((1,), (2,)), ()))
print(len(((1, 2), (3,))), ((1, 2), (3,))[0][1], str((1, "a")), repr(("q",)))
