# tobytes, frombytes, byteswap, buffer_info, tolist, fromlist.
import array

A = array.array


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


b = A('h', [1, 256, -2])
print(b.tobytes())
b.byteswap()
print(b)
for code in array.typecodes:
    x = A(code, 'ab' if code == 'u' else [1, 2])
    x.byteswap()
    print(code, x.tobytes().hex())
    x.byteswap()
    print('   ', x)

h = A('h')
h.frombytes(b'\x01\x00\x02\x00')
h.frombytes(bytearray(b'\x03\x00'))
h.frombytes(memoryview(b'\x04\x00'))
h.frombytes(A('b', [5, 0]))
print(h)
show(h.frombytes, b'\x01')
show(h.frombytes, 'ab')
show(h.frombytes, A('h', [9]))
show(h.frombytes, memoryview(b'abcd').cast('h'))
show(h.frombytes, 5)
info = h.buffer_info()
print(type(info), len(info), type(info[0]).__name__, info[1])

print(h.tolist(), A('u', 'ab').tolist(), A('d', [1.5]).tolist(), A('Q').tolist())
h.fromlist([6, 7])
print(h)
show(h.fromlist, (8,))
show(h.fromlist, [8, 'x'])
show(h.fromlist, [8, 2**20])
print(h)
for name, args in [('tobytes', (1,)), ('frombytes', ()), ('tolist', (1,)), ('fromlist', ()),
                   ('byteswap', (1,)), ('buffer_info', (1,))]:
    show(getattr(h, name), *args)
