# 'c', 's', 'p' and 'x': lengths, truncation and padding.
import struct

print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('0s', b'ab'))
print(struct.pack('s', b''), struct.pack('3s', bytearray(b'xyz')))
print(struct.unpack('5s', b'hello'), struct.unpack('0s', b''))

print(struct.pack('5p', b'ab'), struct.pack('2p', b'abcd'), struct.pack('0p', b'ab'))
print(struct.pack('p', b'abc'), struct.pack('300p', b'a' * 300)[:3], len(struct.pack('300p', b'a' * 300)))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('1p', b'\x05'))

print(struct.pack('3s2x?c', b'abc', True, b'z'))
print(struct.unpack('3s2x?c', b'abc\x00\x00\x02z'))
print(struct.calcsize('10s'), struct.calcsize('10p'), struct.calcsize('10c'), struct.calcsize('10x'))


def attempt(fmt, v):
    label = type(v).__name__
    try:
        print(fmt, label, struct.pack(fmt, v))
    except struct.error as e:
        print(fmt, label, 'error:', e)


for fmt in ['c', 's', '3p']:
    for v in [b'a', b'ab', b'', 'a', bytearray(b'a'), memoryview(b'a'), 97, None]:
        attempt(fmt, v)
