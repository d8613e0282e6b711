# Known functions stay correct when rebound: from `global` in a function,
# through the module object, with `setattr` and through sys.modules.
import sys


def f():
    return "original f"


def g():
    return f()


print(g())


def rebind():
    global f
    f = lambda: "rebound by global"


rebind()
print(g(), f())
me = sys.modules[__name__]
me.f = lambda: "rebound through the module"
print(g())
setattr(me, "f", lambda: "rebound by setattr")
print(g())
del me.f
try:
    g()
except NameError as e:
    print("NameError:", e)
