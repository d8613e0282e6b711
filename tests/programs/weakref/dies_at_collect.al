# A weak reference does not keep its referent alive: once the object is
# garbage and gc.collect() has run, calling the reference gives None, its
# callback has been called (with the reference) and forgotten, and the
# counts are zero. The objects are made and dropped deep in the stack, so
# no stale word of a returned frame keeps them alive under alc's
# conservative stack scan; nothing is printed between dropping them and
# gc.collect(), where CPython's reference counting has already freed them.
import gc
import weakref


class C:
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


calls = []


def callback(r):
    calls.append(r)


def make():
    c = C()
    return [weakref.ref(c, callback), weakref.ref(c)]


refs = deep(make)
gc.collect()
print("after collect")
print(len(calls), calls[0] is refs[0])
print(refs[0](), refs[1]())
print(refs[0].__callback__)
print(repr(refs[0]).endswith("; dead>"))


def make_kept():
    c = C()
    return c, weakref.ref(c, callback)


kept, r = deep(make_kept)
gc.collect()
print("kept alive:", r() is kept, r.__callback__ is callback)
print(weakref.getweakrefcount(kept))


# A reference that dies with its referent (both garbage in one cycle)
# never calls back.
def make_both():
    c = C()
    c.me = c
    c.self_ref = weakref.ref(c, callback)


deep(make_both)
gc.collect()
print("callbacks:", len(calls))


# Many objects.
def make_many():
    objs = [C() for i in range(1000)]
    return [weakref.ref(o) for o in objs]


many = deep(make_many)
gc.collect()
print(sum(1 for r in many if r() is not None))
