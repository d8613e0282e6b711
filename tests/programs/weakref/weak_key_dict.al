# WeakKeyDictionary: keys held weakly (entries go once their keys die),
# found through references that hash and compare as their keys.
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print(len(d), sorted(d.values()), sorted(d.keys(), key=lambda k: k.n))
print(d[keys[1]], d[K(1)], K(2) in d, K(9) in d, 5 in d, d.get(K(3)), d.get(K(8), "no"))
print(sorted(d.items(), key=lambda kv: kv[1]))
print(repr(d).startswith("<WeakKeyDictionary at 0x"), type(d.items()).__name__)
print(sorted(r().n for r in d.keyrefs()))
del d[K(0)]
print(len(d), d.pop(K(1)), d.pop(K(1), "gone"))
try:
    d[K(1)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    d[1]
except TypeError as e:
    print("TypeError", e)
try:
    d[1] = 2
except TypeError as e:
    print("TypeError", e)
print(d.setdefault(keys[2], 99), d.setdefault(keys[0], 0), len(d))
d.update({keys[1]: 11})
d.update([(keys[3], 33)])
print(sorted(d.values()))
c = d.copy()
print(type(c).__name__, sorted(c.values()))
print(sorted((d | {keys[0]: -1}).values()))
k, v = d.popitem()
print(type(k).__name__, len(d))
d.clear()
print(len(d))


# Entries go when their keys die.
attrs = weakref.WeakKeyDictionary()


def fill():
    objs = [K(i) for i in range(10)]
    for o in objs:
        attrs[o] = "value %d" % o.n
    return objs[5:7]


kept = deep(fill)
gc.collect()
print(len(attrs), sorted(attrs.values()))
print(list(attrs.keys()) == kept or list(attrs.keys()) == kept[::-1])
