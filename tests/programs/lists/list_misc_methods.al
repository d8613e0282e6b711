# Less common list behaviour: negative insert, count of nested, index ranges, equality with nested.
a = [1, [1], [1], (1,), 1.0, True]
print(a.count(1), a.count([1]), a.count((1,)), a.index([1]), a.index(True))
b = list("abcabcabc")
print(b.index("c", 3), b.index("c", -3), b.index("a", 1, 4))
try:
    b.index("a", 1, 3)
except ValueError as e:
    print("ValueError:", e)
c = [3, 1, 2]
print(c.reverse(), c, c.sort(), c)
d = [0] * 3
d.insert(1, d[:])
print(d)
e = []
for i in range(5):
    e.insert(0, i)
    e.insert(len(e), -i)
print(e)
print([1, 2, 3].copy() == [1, 2, 3], [[]].copy()[0] is not None)
