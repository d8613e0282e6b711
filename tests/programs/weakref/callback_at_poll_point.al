# Without gc.collect(), a callback runs at a loop header or call of the
# running code after a collection (started by allocation) found its
# referent dead; CPython runs it at once, so here the loop allocating
# garbage never starts.
import weakref


class C:
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


ran = []


def make():
    c = C()
    return weakref.ref(c, lambda r: ran.append(r))


r = deep(make)
i = 0
while not ran and i < 2000000:
    junk = [i] * 50
    i += 1
print("callback ran:", len(ran), ran[0] is r, r() is None)
