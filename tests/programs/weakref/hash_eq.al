# References compare equal while both referents are alive and equal
# (whatever object they are), by identity once either is dead; a
# reference hashes as its referent, and keeps that hash after the
# referent died; one hashed only after its death raises TypeError.
import gc
import weakref


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("P.__eq__", self.v, other.v)
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


class Plain:
    pass


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


a, b, c = P(1), P(1), P(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(hash(ra) == hash(1), hash(rc) == hash(2))
print(ra == 1, ra == [])
d = {ra: "a"}
print(d[rb])
print(rb in {ra})


def make():
    x, y = P(3), P(3)
    rx, ry = weakref.ref(x), weakref.ref(y)
    print("hashed", hash(rx) == hash(3))
    print(rx == ry)
    return rx, ry


rx, ry = deep(make)
gc.collect()
print(rx() is None, ry() is None)
print(rx == ry, rx != ry, rx == rx, rx != rx)
print(hash(rx) == hash(3))
try:
    hash(ry)
except TypeError as e:
    print("TypeError", e)
print(rx == ra, ra == rx)
try:
    rx < ra
except TypeError as e:
    print("TypeError", e)

p, q = Plain(), Plain()
rp, rq = weakref.ref(p), weakref.ref(q)
print(rp == rq, rp == weakref.ref(p), hash(rp) == hash(p))
s = {rp, rq, weakref.ref(p)}
print(len(s))
