# Set iteration order for small, negative and large ints follows CPython's hash table.
print({5, 3, 1, 4, 2}, {100, 10, 1, 1000}, {8, 16, 24, 32, 40})
print({-1, -2, -3, 0, 1}, {-5, 5, -10, 10}, {-1, -2})
print({2 ** 61 - 1, 2 ** 61, 2 ** 64, 3, 2 ** 100, -(2 ** 64)})
print({1000003 * i for i in range(10)})
s = set()
for i in range(0, 100, 9):
    s.add(i)
print(s)
print(set(range(20, 0, -3)), set([33, 1, 65, 97, 129]))
print({1.5, 2.5, 0.5, 100.25}, {0.1, 0.2, 0.3})
print(set([3, 3, 3, 1, 1]), set(), {(0)}, len({0, 0.0, False}))
