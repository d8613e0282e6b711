# WeakValueDictionary: a mapping whose entries go once their values die
# (after gc.collect() here), with the dict methods, the mapping mixins,
# its reference views and CPython's errors.
import gc
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


keep = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for v in keep:
    d[v.n] = v
print(len(d), sorted(d.keys()), sorted(d.values(), key=lambda v: v.n))
print(d[2], d.get(3), d.get(9), d.get(9, "dflt"), 4 in d, 9 in d)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(type(d.keys()).__name__, type(iter(d)).__name__)
print(repr(d).startswith("<WeakValueDictionary at 0x"))
print(isinstance(d, weakref.WeakValueDictionary), d == {v.n: v for v in keep})
refs = d.valuerefs()
print(len(refs), all(type(r) is weakref.KeyedRef for r in refs), sorted(r.key for r in refs))
print(sorted(r.key for r in d.itervaluerefs()))
del d[0]
print(sorted(d), d.pop(1), d.pop(1, "gone"))
try:
    d.pop(1)
except KeyError as e:
    print("KeyError", e)
try:
    d[1]
except KeyError as e:
    print("KeyError", e)
try:
    d[1] = 5
except TypeError as e:
    print("TypeError", e)
print(d.setdefault(2, keep[0]), d.setdefault(7, keep[0]), sorted(d))
k, v = d.popitem()
print(k, v, len(d))
d.update({10: keep[1]}, eleven=keep[1])
d.update([(12, keep[2])])
print(sorted(d, key=str))
c = d.copy()
print(type(c).__name__, sorted(c, key=str) == sorted(d, key=str))
print(sorted((d | {20: keep[3]}).keys(), key=str))
print(sorted(({21: keep[4]} | d).keys(), key=str))
d |= {22: keep[4]}
print(len(d))
d.clear()
print(len(d), list(d))
try:
    weakref.WeakValueDictionary({1: 2})
except TypeError as e:
    print("TypeError", e)
print(len(weakref.WeakValueDictionary(a=keep[0], b=keep[1])))


# Entries go when their values die.
cache = weakref.WeakValueDictionary()


def fill():
    objs = [V(i) for i in range(10)]
    for o in objs:
        cache[o.n] = o
    return objs[:3]


kept = deep(fill)
gc.collect()
print(len(cache), sorted(cache), list(cache.values()))
# A key given a new value keeps it after the old value died.


def replace():
    cache[0] = V(100)
    cache[0] = kept[1]


deep(replace)
gc.collect()
print(sorted(cache.items()))
