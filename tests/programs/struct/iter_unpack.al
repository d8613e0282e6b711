# iter_unpack: the iterator, its length hint, and its errors.
import struct

it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, type(it).__module__, type(it))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__(), next(it, 'done'))
print(iter(it) is it)

s = struct.Struct('<hb')
for t in s.iter_unpack(bytes(range(9))):
    print(t)
print(list(struct.iter_unpack('2s', bytearray(b'abcdef'))))
print(list(struct.iter_unpack('B', memoryview(b'\x05\x06'))))
print(list(struct.iter_unpack('i', b'')))

for fmt, data in [('i', b'abcdefg'), ('', b'abc'), ('x', 'abc'), ('0i', b''), ('3x', b'abc')]:
    try:
        print(list(struct.iter_unpack(fmt, data)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    type(it)()
except TypeError as e:
    print('TypeError:', e)
