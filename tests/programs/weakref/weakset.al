# WeakSet: a set of weakly held items, which leave it once they die.
import collections.abc
import gc
import weakref


class It:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "It(%d)" % self.n


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


def names(s):
    return sorted(x.n for x in s)


items = [It(i) for i in range(6)]
s = weakref.WeakSet(items[:3])
print(len(s), names(s), items[0] in s, items[5] in s, 5 in s)
s.add(items[3])
s.discard(items[0])
s.remove(items[1])
print(names(s))
try:
    s.remove(items[0])
except KeyError:
    print("KeyError")
try:
    s.add(5)
except TypeError as e:
    print("TypeError", e)
t = weakref.WeakSet(items[2:5])
print(names(s | t), names(s & t), names(s - t), names(s ^ t))
print(names(s.union(items[:1])), s.isdisjoint(items[:1]), s <= t, s < t, t >= s, s == weakref.WeakSet(s))
u = s.copy()
u |= [items[0]]
u -= [items[2]]
print(names(u))
u &= items[:4]
print(names(u))
u ^= items[3:5]
print(names(u), type(u).__name__)
print(s.pop().n in (2, 3), len(s))
print(repr(weakref.WeakSet()), weakref.WeakSet == type(t), weakref.WeakSet.__module__)
print(isinstance(t, collections.abc.MutableSet), isinstance(t, collections.abc.Set))
print(weakref.WeakSet[int])
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
t.clear()
print(len(t))

members = weakref.WeakSet()


def fill():
    objs = [It(i) for i in range(20)]
    members.update(objs)
    return objs[::5]


kept = deep(fill)
gc.collect()
print(len(members), names(members))
