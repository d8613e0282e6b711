# Callbacks of the references to one object run newest first (the order
# CPython keeps them in, after the shared basic reference); objects that
# die together in a cycle call back in the order they were made. Each
# callback runs once, at gc.collect() at the latest, before it returns.
import gc
import weakref


class C:
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


def named(name):
    def cb(r):
        print("callback", name, r() is None)
    return cb


def one_object():
    c = C()
    rs = [weakref.ref(c, named(i)) for i in range(4)]
    rs.append(weakref.ref(c))
    names = {id(r): i for i, r in enumerate(rs)}
    print([names[id(r)] for r in weakref.getweakrefs(c)])
    return rs


keep = deep(one_object)
gc.collect()
print("---")


def cycle():
    objs = [C() for i in range(3)]
    for a, b in zip(objs, objs[1:] + objs[:1]):
        a.next = b
    return [weakref.ref(o, named("obj%d" % i)) for i, o in enumerate(objs)]


keep = deep(cycle)
gc.collect()
print("---")


# A callback that makes new garbage with its own callback: gc.collect()
# runs that one too before it returns.
def chain(r):
    print("first callback")

    def inner():
        c = C()
        keep.append(weakref.ref(c, named("second")))
    deep(inner)


def make_chain():
    c = C()
    keep.append(weakref.ref(c, chain))


keep = []
deep(make_chain)
gc.collect()
print("end")
