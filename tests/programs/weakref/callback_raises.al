# An exception raised by a weak reference's callback cannot propagate: it
# is reported on stderr ("Exception ignored in: <function ...>" and its
# traceback) and the program goes on.
import gc
import weakref


class C:
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


def failing(r):
    print("callback runs")
    raise KeyError("from the callback")


def make():
    c = C()
    return weakref.ref(c, failing)


r = deep(make)
gc.collect()
print("after collect", r())
raise SystemExit(2)
