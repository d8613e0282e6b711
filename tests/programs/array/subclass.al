# Classes deriving from array.array.
import array
import copy

A = array.array


class Vec(A):
    def __init__(self, code, data=(), tag=None):
        self.tag = tag

    def total(self):
        return sum(self)


v = Vec('i', [1, 2, 3], tag='x')
print(v, v.tag, v.total(), len(v), v[0], v[-1], isinstance(v, A), type(v).__name__)
v.append(4)
v.extend([5])
print(v, v.__dict__, v.itemsize, v.typecode)
print(type(v[1:]).__name__, type(v + v).__name__, type(v * 2).__name__, type(copy.copy(v)).__name__)
print(v == A('i', [1, 2, 3, 4, 5]), v + A('i', [9]), 3 * v)
v += A('i', [6])
v *= 2
print(v, type(v).__name__, len(v))
v[0] = 100
del v[1]
print(v[:3], 100 in v, sorted(v)[:3], max(v), list(reversed(v))[:2])
r = v.__reduce_ex__(3)
print(r[1][0] is Vec, r[2])
print(v.__reduce_ex__(2)[0] is Vec)


class Named(A):
    def __getitem__(self, i):
        return 'item%d' % A.__getitem__(self, i)

    def __repr__(self):
        return 'Named(%d)' % len(self)


n = Named('b', [1, 2])
print(n[0], A.__getitem__(n, 1), n, [n], str(n))


class Plain(A):
    pass


p = Plain('u', 'hi')
print(p, repr(p), p.tounicode(), Plain('d'), hash is not None)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(Plain('i', [1], ) == Plain('i', [1]), Plain('i', [1]) < A('i', [2]))
print(array._array_reconstructor(Plain, 'i', 8, b'\x01\x00\x00\x00'))
