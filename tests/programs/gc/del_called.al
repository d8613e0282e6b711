# __del__ runs once an object is garbage: at gc.collect() at the latest
# (before it returns), once per object even when it resurrects itself,
# for objects in cycles too, and for instances of subclasses and of
# classes deriving from built-in types. Nothing is printed between
# dropping an object and gc.collect(), where CPython's reference counting
# has already called __del__.
import gc


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


class Sub(C):
    pass


class L(list):
    def __del__(self):
        print("__del__ of a list subclass", len(self))


class E(Exception):
    def __del__(self):
        print("__del__ of an exception", self.args)


saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)


def one():
    C("one")


deep(one)
gc.collect()
print("after one")


def cycle():
    a, b = C("a"), C("b")
    a.other, b.other = b, a


deep(cycle)
gc.collect()
print("after cycle")


def others():
    Sub("sub")
    L([1, 2])
    E("boom")


deep(others)
gc.collect()
print("after others")


def phoenix():
    Phoenix()


deep(phoenix)
gc.collect()
print("resurrected:", len(saved))
saved.clear()
gc.collect()
print("not called again")


kept = C("kept")
gc.collect()
print("end")
