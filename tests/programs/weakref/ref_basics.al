# weakref.ref while its referent is alive: calling it, the shared basic
# reference, __callback__, getweakrefcount/getweakrefs and __weakref__,
# the type's names and CPython's argument errors.
import weakref


class C:
    pass


def cb(r):
    print("callback")


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = C()
r = weakref.ref(c)
print(r() is c)
print(weakref.ref(c) is r)
print(weakref.ref.__new__(weakref.ref, c) is r)
print(r.__callback__)
r2 = weakref.ref(c, cb)
print(r2 is r, r2() is c, r2.__callback__ is cb)
r3 = weakref.ref(c, None)
print(r3 is r)
print(weakref.getweakrefcount(c))
print([x is r for x in weakref.getweakrefs(c)], [x is r2 for x in weakref.getweakrefs(c)])
print(c.__weakref__ is r)
print(C().__weakref__)
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))
print(type(r), type(r).__name__, type(r).__module__, type(r).__qualname__)
print(weakref.ref is weakref.ReferenceType)
print(isinstance(r, weakref.ref), issubclass(weakref.ref, object))
print(weakref.ref[int])
print(weakref.ref.__call__)
print(weakref.ref.__callback__)
print(weakref.ref.__hash__)
print(bool(r))
print(r == r2, r != r2, r == 5)
show(lambda: weakref.ref())
show(lambda: weakref.ref(c, None, 3))
show(lambda: weakref.ref(c, callback=None))
show(lambda: r(1))
show(lambda: r(x=1))
show(lambda: r < r2)
show(lambda: r.x)
show(lambda: setattr(r, "x", 1))
show(lambda: r.__init__(c, None))
show(lambda: r.__init__())
show(lambda: r.__init__(c, None, 3))
show(lambda: weakref.ref.__new__(int, c))
show(lambda: weakref.ref.__new__(5, c))
show(lambda: weakref.ref.__new__())
show(lambda: weakref.getweakrefcount())
show(lambda: weakref.getweakrefs(1, 2))
show(lambda: weakref.ref(c, 5).__callback__)
print(sorted(n for n in dir(r) if n.startswith("__c")))
