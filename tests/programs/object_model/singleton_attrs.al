# The singletons' types have CPython's attributes, and object's through
# the base: repr, bool, reduce, hash, getstate, sizeof.
for x in [None, Ellipsis, NotImplemented]:
    t = type(x)
    print(t.__name__, sorted(k for k in t.__dict__ if k != "__doc__"))
    for n in ["__repr__", "__str__", "__reduce__", "__sizeof__", "__getstate__"]:
        if x is None and n == "__reduce__":
            continue
        f = getattr(x, n)
        print(" ", n, type(f).__name__, f())
    print(" ", x.__eq__(x), x.__ne__(x), x.__hash__() == hash(x), x.__class__ is t)
    print(" ", x.__reduce_ex__(2) if x is not None else "-", x.__format__(""))
print(None.__bool__(), type(None).__bool__(None), type(None).__repr__(None))
print(type(None)(), type(Ellipsis)(), type(NotImplemented)())
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
try:
    None.__reduce__()
except TypeError as e:
    print("TypeError:", e)
print(dir(None) == sorted(set(dir(object)) | {"__bool__"}))
