# A function rebound through its module object: `setattr` on
# `sys.modules[__name__]`, a store into the module's `__dict__`, `vars()`.
import sys


def total(n):
    return 0 if n == 0 else n + total(n - 1)


orig = total
me = sys.modules[__name__]
print(total(10))
setattr(me, "total", lambda n: 7)
print(orig(10), total(10))
me.__dict__["total"] = orig
print(orig(10))
vars(me)["total"] = lambda n: -1
print(orig(10))
vars()["total"] = orig
print(orig(10), total(3))
