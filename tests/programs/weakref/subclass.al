# Subclasses of weakref.ref: extra attributes (in __slots__ or a dict),
# their own __new__/__init__ and __call__; the callback receives the
# subclass instance, getweakrefs lists it, and equality and hashing work
# as for plain references.
import gc
import weakref


class C:
    pass


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, callback=None, tag=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)


class Loud(weakref.ref):
    def __call__(self):
        o = super().__call__()
        print("Loud called, alive:", o is not None)
        return o


class Plain(weakref.ref):
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


got = []


def callback(r):
    got.append((type(r).__name__, getattr(r, "tag", None), r() is None))


c = C()
t = Tagged(c, callback, "first")
print(type(t).__name__, t.tag, t() is c, t.__callback__ is callback)
print(isinstance(t, weakref.ref), type(t).__mro__[1] is weakref.ref)
print(t == weakref.ref(c), hash(t) == hash(c), t is weakref.ref(c))
print(repr(t).replace(hex(id(t)), "REF").replace(hex(id(c)), "OBJ"))
p = Plain(c)
p.extra = 5
print(p.extra, p.__dict__, p() is c)
print(Plain(c) is p, Plain(c) == p)
names = {id(t): "t", id(p): "p"}
print([names[id(r)] for r in weakref.getweakrefs(c) if id(r) in names])
l = Loud(c)
print(l() is c)
try:
    Tagged(c, callback, "x", "y")
except TypeError as e:
    print("TypeError", e)
try:
    Plain(c, callback=None)
except TypeError as e:
    print("TypeError", e)
try:
    Plain(5)
except TypeError as e:
    print("TypeError", e)


def make():
    o = C()
    return Tagged(o, callback, "dropped"), Loud(o)


t2, l2 = deep(make)
gc.collect()
print(got)
print(t2() is None, t2.tag, l2())
