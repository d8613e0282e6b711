# Insertion order survives deletions, re-insertions, updates of existing keys and growth.
d = {}
for k in ["e", "b", "a", "d", "c"]:
    d[k] = len(d)
print(d)
del d["b"]
d["b"] = 99
print(d, list(d))
d["e"] = "updated"
print(d)
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 2):
    del d[i]
print(d)
d[0] = "zero again"
print(list(d)[-3:], len(d))
e = dict.fromkeys("hello")
print(e, list(e.keys()))
f = {3: "c", 1: "a", 2: "b"}
f.pop(1)
f[1] = "a2"
print(f, sorted(f))
g = {}
for i in range(1000):
    g[i] = i
for i in range(995):
    del g[i]
print(g)
g[-1] = "new"
print(list(g.items()))
