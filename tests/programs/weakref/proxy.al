# weakref.proxy: operations on the proxy are done on its referent while
# it lives (attributes, operators, calls, iteration, comparisons);
# ReferenceError once it died; proxies are unhashable and shared when
# they have no callback.
import gc
import weakref


class C:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __contains__(self, v):
        return v in self.items

    def __add__(self, other):
        return ("add", other)

    def __radd__(self, other):
        return ("radd", other)

    def __eq__(self, other):
        return isinstance(other, C) and self.items == other.items

    __hash__ = object.__hash__

    def __lt__(self, other):
        return len(self) < len(other)

    def __neg__(self):
        return "neg"

    def __str__(self):
        return "C%r" % self.items

    def __call__(self, x):
        return x * 2


class Plain:
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def show_type(f):
    # Only the exception's type: messages that name a proxy's own type
    # say 'weakref.ProxyType' in CPython, 'ProxyType' in alc.
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)


c = C([1, 2, 3])
p = weakref.proxy(c)
print(type(p), type(p).__mro__, weakref.ProxyTypes)
print(p.items, p.total(), len(p), list(p), p[1], 2 in p, 9 in p)
p[0] = 10
p.extra = "x"
print(c.items, c.extra, p.extra)
del p.extra
print(hasattr(c, "extra"), hasattr(p, "extra"))
print(p + 1, 1 + p, -p, p(21), str(p), bool(p))
print(p == c, p == weakref.proxy(c), p == C([10, 2, 3]), p != c, p < C([]))
print(p.__class__ is C, type(p) is weakref.CallableProxyType)
print(weakref.proxy(c) is p, weakref.proxy(c, print) is p)
print(repr(p).replace(hex(id(p)), "P").replace(hex(id(c)), "C"))
show(lambda: hash(p))
show(lambda: next(p))
show(lambda: weakref.proxy(5))
show(lambda: weakref.proxy())
show(lambda: weakref.proxy(c, None, 3))
show(lambda: weakref.proxy(c, callback=None))
show(lambda: weakref.ProxyType())

d = Plain()
q = weakref.proxy(d)
print(type(q) is weakref.ProxyType)
print(repr(q).replace(hex(id(q)), "P").replace(hex(id(d)), "D"))
q.value = 7
print(d.value, q.value)
show_type(lambda: q())
show(lambda: len(q))
show(lambda: q + 1)
print(q == 1, str(q) == str(d))
n = [1, 2]
nums = weakref.proxy(Plain())
got = []


def make():
    o = C([1])
    return weakref.proxy(o, lambda pr: got.append(pr))


dead = deep(make)
gc.collect()
print(len(got), got[0] is dead)
show(lambda: dead.items)
show(lambda: len(dead))
show(lambda: str(dead))
show(lambda: dead == 1)
print(repr(dead).replace(hex(id(dead)), "P").replace(hex(id(None)), "NONE"))
