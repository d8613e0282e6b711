# 1, 1.0 and True are one key; the first inserted key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
print(d[1], d[1.0], d[True])
e = {True: "t"}
e[1] = "one"
print(e)
f = {0: "zero", False: "false", 0.0: "fz"}
print(f)
g = {1.5: "a", 2: "b"}
print(g[1.5], g.get(2.0), 2.0 in g, 3 in g)
h = {-1: "m", -1.0: "mf", 2 ** 64: "big", float(2 ** 64): "bigf"}
print(h)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print({0.0: 1, -0.0: 2}, {"1": 1, 1: 2})
