# weakref.finalize: alive, peek, detach, atexit, calling it, its repr,
# the call when its object dies (at gc.collect() at the latest), and the
# calls at the program's end, newest first, for those still alive whose
# atexit is true.
import gc
import weakref


class C:
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))
    return "result"


c = C()
f = weakref.finalize(c, say, 1, 2, k=3)
print(f.alive, f.atexit)
obj, func, args, kwargs = f.peek()
print(obj is c, func is say, args, kwargs)
print(repr(f).replace(hex(id(f)), "F").replace(hex(id(c)), "C"))
print(f(), f.alive, f(), f.peek(), f.detach())
print(repr(f).replace(hex(id(f)), "F"))
f.atexit = True
print(f.atexit)

g = weakref.finalize(c, say, "g")
obj, func, args, kwargs = g.detach()
print(obj is c, args, kwargs, g.alive, g.detach(), g())

h = weakref.finalize(c, say, "not at exit")
h.atexit = 0
print(h.atexit)
try:
    weakref.finalize(5, say)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(f)
except TypeError as e:
    print("TypeError", e)


def make():
    o = C()
    weakref.finalize(o, say, "dropped object")


deep(make)
gc.collect()
print("after collect")

weakref.finalize(c, say, "exit 1")
weakref.finalize(c, say, "exit 2")
k = C()
weakref.finalize(k, say, "exit 3")
print("end")
