# repr of references: "<weakref at ADDR; to 'TYPE' at ADDR>", with the
# referent's __name__ when it has a str one, and "; dead>" once it died.
import gc
import weakref


class C:
    pass


class Named:
    __name__ = "custom"


class NotStr:
    __name__ = 5


def f():
    pass


def deep(g, n=30):
    if n:
        return deep(g, n - 1)
    return g()


def show(r):
    o = r()
    text = repr(r).replace(hex(id(r)), "REF")
    if o is not None:
        text = text.replace(hex(id(o)), "OBJ")
    print(text)


c = C()
show(weakref.ref(c))
show(weakref.ref(f))
show(weakref.ref(C))
show(weakref.ref(int))
show(weakref.ref(len))
n = Named()
show(weakref.ref(n))
x = NotStr()
show(weakref.ref(x))
s = {1}
show(weakref.ref(s))
# One reference: two temporaries would compare equal only if the second
# reused the first one's memory (CPython frees it at once; a collection
# between them frees it here, and the next may be elsewhere).
rc = weakref.ref(c)
print(str(rc) == repr(rc))


def make():
    return weakref.ref(C())


r = deep(make)
gc.collect()
show(r)
