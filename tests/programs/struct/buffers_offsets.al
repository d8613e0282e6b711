# pack_into and unpack_from: offsets (negative ones count from the end),
# buffer checks, and every kind of buffer.
import array
import struct


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


data = b'abcdefgh'
for off in [0, 2, 4, 5, 8, -4, -5, -8, -9, -1, 100]:
    show(struct.unpack_from, '<i', data, off)
show(struct.unpack_from, '<i', data, offset=1)
show(struct.unpack_from, '<i', buffer=data)
show(struct.unpack_from, '<i', data, 1.0)
show(struct.unpack_from, '<i', data, 2**70)
show(struct.unpack_from, '<i', 'text')

buf = bytearray(8)
for off in [0, 4, 5, 8, 9, -4, -3, -8, -9]:
    show(struct.pack_into, '<i', buf, off, off)
print(buf)
show(struct.pack_into, '<i', buf, 'x', 1)
show(struct.pack_into, '<i', buf, 2**70, 1)
show(struct.pack_into, '<i', b'abcd', 0, 1)
show(struct.pack_into, '<i', 'abcd', 0, 1)
show(struct.pack_into, '<i', memoryview(b'abcd'), 0, 1)

# Padding is zeroed; the items before a failing one stay written.
buf = bytearray(b'\xff' * 10)
struct.pack_into('bx', buf, 1, 1)
print(buf)
buf = bytearray(b'\xff' * 10)
show(struct.pack_into, 'hhh', buf, 1, 1, 2, 'x')
print(buf)

# Buffers: bytes, bytearray, memoryview (also sliced), array.
for src in [b'\x01\x00\x02\x00', bytearray(b'\x01\x00\x02\x00'),
            memoryview(b'xx\x01\x00\x02\x00')[2:], array.array('h', [1, 2]),
            array.array('b', [1, 0, 2, 0])]:
    print(type(src).__name__, struct.unpack('<hh', src), struct.unpack_from('<h', src, 2))

mv = memoryview(bytearray(8))
struct.pack_into('<d', mv, 0, 1.5)
print(bytes(mv))
mv2 = memoryview(bytearray(8))[::2]
show(struct.pack_into, '<hh', mv2, 0, -1, 258)
show(struct.unpack, '<h', memoryview(b'abcd')[::2])
show(struct.unpack, '<b', memoryview(b'abcd')[::-4])
show(struct.unpack, '<h', memoryview(b'abcd').cast('h'))
arr = array.array('h', [0, 0, 0])
struct.pack_into('<hh', arr, 2, -1, 5)
print(arr)
released = memoryview(b'abcd')
released.release()
show(struct.unpack, '<i', released)
