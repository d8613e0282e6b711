# Objects alc keeps for the whole run (classes, functions, modules,
# built-in functions and types) keep their weak references alive; so
# does CPython while they are referenced, as they are here.
import gc
import sys
import weakref


class C:
    pass


def f():
    pass


refs = [weakref.ref(x) for x in (C, f, sys, len, int, weakref.ref)]
gc.collect()
print([r() is not None for r in refs])
print(weakref.getweakrefcount(C) >= 1, weakref.ref(C) is refs[0])
