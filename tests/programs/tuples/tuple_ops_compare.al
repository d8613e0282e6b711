# Tuple concatenation, repetition, lexicographic comparison, and use in sorting.
a = (1, 2, 3)
b = (1, 2, 4)
print(a + b, a * 2, 0 * a, a + (), (0,) * 5)
print(a < b, a == (1, 2, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "b") > (1, "a"))
print((1, 2) == [1, 2], (1.0, 2) == (1, 2.0), a != b, max(a, b), min([(3, "x"), (3, "a"), (2, "z")]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(3 in a, (1, 2) in [(1, 2)], "x" in ("x", "y"), 5 not in a)
t = (1,)
t += (2, 3)
print(t)
t *= 2
print(t)
try:
    print((1, 2) < (1, "a"))
except TypeError as ex:
    print("TypeError:", ex)
try:
    print((1,) + [2])
except TypeError as ex:
    print("TypeError:", ex)
