# Every format character packed and unpacked in native mode.
import struct

values = {
    'x': None, 'c': b'z', 'b': -5, 'B': 250, '?': True, 'h': -1234,
    'H': 65000, 'i': -70000, 'I': 4000000000, 'l': -2**40, 'L': 2**63,
    'q': -2**62, 'Q': 2**64 - 1, 'n': -3, 'N': 7, 'e': 1.5, 'f': 0.25,
    'd': -2.75, 's': b'hello', 'p': b'pas', 'P': 4096,
}

for code, v in values.items():
    fmt = '5s' if code == 's' else '4p' if code == 'p' else code
    args = () if v is None else (v,)
    packed = struct.pack(fmt, *args)
    print(code, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))

# Repeat counts.
print(struct.pack('3b2h', 1, 2, 3, 4, 5))
print(struct.unpack('3b2h', struct.pack('3b2h', 1, 2, 3, 4, 5)))
print(struct.pack('0i'), struct.calcsize('0i'), struct.unpack('0i', b''))
print(struct.pack('2?', 0, 'x'), struct.unpack('2?', b'\x00\x07'))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
print(struct.pack('10x'), struct.unpack('2x', b'ab'))

# Whitespace between items is allowed.
print(struct.pack(' i\th\n', 1, 2), struct.calcsize('\ti h '))

# bytes formats work as str ones do.
print(struct.pack(b'<hh', 1, 2), struct.unpack(b'>I', b'\x00\x00\x01\x00'))

# Unsigned results and sign extension.
print(struct.unpack('@qQnNP', b'\xff' * 40))
print(struct.unpack('<bBhHiIqQ', b'\x80' * 30))
