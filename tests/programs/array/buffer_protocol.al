# An array is a buffer: memoryview, bytes, bytearray, struct and join.
import array
import struct

A = array.array
a = A('h', [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m.readonly, m.shape, m.strides)
print(m.obj is a, m.contiguous, m.ndim)
m[0] = 100
print(a, bytes(a), bytearray(a), bytes(m))
try:
    m[0] = 2**20
except ValueError as e:
    print('ValueError:', e)
print(m[::2].tolist(), m.cast('B').tolist(), m[1:].tobytes())
m.cast('B')[0] = 0
print(a)
m.release()

for code in 'bBhHiIlLqQfd':
    v = memoryview(A(code, [1, 2]))
    print(code, v.format, v.itemsize, v.tolist(), v == A(code, [1, 2]))

mu = memoryview(A('u', 'ab'))
print(mu.format, mu.itemsize, mu.nbytes, len(mu), mu.tobytes())
for op in [mu.tolist, lambda: mu[0], lambda: list(mu)]:
    try:
        op()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(mu.cast('B').tolist())

print(b''.join([A('b', [65, 66]), b'c']), b'x' + A('b', [65]), bytearray(b'y') + A('B', [66]))
print(memoryview(A('h', [1, 2])) == A('h', [1, 2]), A('h', [1, 2]) == memoryview(A('h', [1, 2])))
print(memoryview(A('b', [1, 2])) == b'\x01\x02', memoryview(A('i', [1, 2])) == A('h', [1, 2]))
print(A('b', b'ab').tobytes().decode(), str(A('B', b'hi'), 'ascii'), int.from_bytes(A('B', [1, 2]), 'big'))
print(b'abc'.find(A('b', [98])), A('B', b'xyz').tobytes().upper())
print(struct.unpack('2h', A('h', [7, -8])), struct.unpack_from('<h', A('h', [1, 2, 3]), 2))
buf = A('h', [0, 0, 0])
struct.pack_into('<hh', buf, 2, -1, 5)
print(buf)
# Views see the array grow (alc lets an exported array change size; CPython
# refuses while a view exists, so the view is released first here).
g = A('i', [1])
v = memoryview(g)
v.release()
g.append(2)
print(memoryview(g).tolist())
