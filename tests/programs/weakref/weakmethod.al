# WeakMethod: a weak reference to a bound method, alive while both its
# object and function are; calling it makes the bound method again.
import gc
import weakref


class C:
    def m(self):
        return "m of %s" % self.name


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


c = C()
c.name = "c"
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m, wm() is c.m)
print(isinstance(wm, weakref.ref), type(wm).__mro__[1] is weakref.ref)
print(wm == weakref.WeakMethod(c.m), hash(wm) == hash(weakref.WeakMethod(c.m)))
print(wm != weakref.WeakMethod(c.m), wm == weakref.ref(c), wm == 1)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(c.m, None, 3)
except TypeError as e:
    print("TypeError", e)
got = []


def make():
    o = C()
    o.name = "o"
    w = weakref.WeakMethod(o.m, lambda r: got.append(r))
    print(w()())
    return w


w = deep(make)
gc.collect()
print(w(), len(got), got[0] is w)
print(w == weakref.WeakMethod(c.m), w == w)
