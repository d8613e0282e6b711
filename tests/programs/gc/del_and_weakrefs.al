# When a collection finds objects with __del__ and weak references to
# them dead, the references are cleared first and their callbacks run
# before any __del__ (as CPython's collector does for cyclic garbage);
# __del__ runs in the order the objects were made. The objects are in a
# cycle, so CPython frees them with its collector too, at gc.collect().
import gc
import weakref


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "refs:", [r() for r in refs])


def callback(r):
    print("callback, referent:", r())


refs = []


def make():
    a, b, c = C("a"), C("b"), C("c")
    a.next, b.next, c.next = b, c, a
    refs.extend([weakref.ref(a, callback), weakref.ref(c)])


deep(make)
print("collect")
gc.collect()
print("end")
