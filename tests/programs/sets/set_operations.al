# | & - ^ and their method forms, in-place versions, and comparisons.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3), [1, 2]), a.difference([1], {2}))
print(a.issubset(a | b), b.issuperset({6}), a.isdisjoint({8, 9}), a.isdisjoint(b))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a == {5, 4, 3, 2, 1}, a != b)
c = set(a)
c |= {100}
c &= {1, 2, 100, 200}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
d = {1, 2}
d.update([3], (4,))
d.intersection_update({1, 2, 3, 9})
print(d)
d.difference_update({1})
d.symmetric_difference_update({3, 10})
print(d)
words1 = {"red", "green", "blue", "black"}
words2 = {"blue", "black", "white"}
print(words1 & words2, words1 | words2, words1 - words2, words1 ^ words2)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
