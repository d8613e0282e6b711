# Tuple and list unpacking targets, swaps and chained assignment.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, i, j = range(3)
print(h, i, j)
k, l = {"k1": 1, "k2": 2}
print(k, l)
x = y = z = [0]
x.append(1)
print(x, y, z, x is z)
p, q = q, p = 1, 2
print(p, q)
m = [1, 2, 3]
m[0], m[2] = m[2], m[0]
print(m)
d = {}
d["a"], d["b"] = "AB"
print(d)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 9
print(idx, lst)
for (n1, n2), n3 in [((1, 2), 3), ((4, 5), 6)]:
    print(n1 + n2 + n3, end=" ")
print()
