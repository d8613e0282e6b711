# Items that die while a weak container is being iterated over leave it
# when the iteration ends (their removal waits), so iterating never sees
# the container change size; an abandoned iteration lets removals happen
# once it is collected.
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


keep = [C(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()


def fill():
    more = [C(i) for i in range(5, 10)]
    for o in keep + more:
        wvd[o.n] = o
        wkd[o] = o.n
        ws.add(o)


deep(fill)
seen = []
for k in wvd.keys():
    if not seen:
        gc.collect()
    seen.append(k)
print(len(seen) >= 5, sorted(wvd.keys()), len(wvd))
seen = []
for k, v in wkd.items():
    if not seen:
        gc.collect()
    seen.append(v)
print(len(seen) >= 5, sorted(wkd.values()), len(wkd))
seen = []
for o in ws:
    if not seen:
        gc.collect()
    seen.append(o)
print(len(seen) >= 5, sorted(o.n for o in ws), len(ws))


def refill():
    for o in [C(i) for i in range(10, 13)]:
        wvd[o.n] = o


deep(refill)
it = iter(wvd.items())
next(it)
gc.collect()
print(len(wvd) <= 8)
it = None
gc.collect()
print(sorted(wvd), len(wvd))
