# Deeply nested unpacking in assignments, loops and comprehensions.
(a, (b, (c, d))) = (1, (2, (3, 4)))
print(a, b, c, d)
[[w, x], [y, z]] = [[1, 2], [3, 4]]
print(w + x + y + z)
records = [("ann", (31, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in records:
    print(f"{name} {age} {city}")
print([f"{n}@{c}" for n, (_, c) in records])
point = {"pos": (3, 4)}
(px, py) = point["pos"]
print(px, py)
((a1, *a2), b1), *cs = [([1, 2, 3], 4), 5, 6]
print(a1, a2, b1, cs)
for i, (j, k) in enumerate(zip("ab", "cd")):
    print(i, j, k)
