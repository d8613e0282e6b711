# The byte order, size and alignment prefixes.
import struct

for prefix in ['', '@', '=', '<', '>', '!']:
    fmt = prefix + 'bhilqfd'
    packed = struct.pack(fmt, 1, 2, 3, 4, 5, 6.5, 7.25)
    print(repr(prefix), struct.calcsize(fmt), packed.hex())
    print(struct.unpack(fmt, packed))

print(struct.pack('>I', 0x01020304), struct.pack('<I', 0x01020304))
print(struct.pack('!H', 258), struct.pack('=H', 258))
print(struct.unpack('>q', b'\x80' + b'\x00' * 7), struct.unpack('<q', b'\x00' * 7 + b'\x80'))
print(struct.pack('>e', 1.0), struct.pack('<e', 1.0), struct.unpack('>e', b'<\x00'))
print(struct.pack('>f', -1.0), struct.pack('>d', 2.0))
print(struct.pack('<l', -1), struct.pack('>L', 2**32 - 1), struct.calcsize('<lL'), struct.calcsize('@lL'))

# n, N and P exist only in native mode.
for prefix in '@=<>!':
    for c in 'nNP':
        try:
            print(prefix + c, struct.calcsize(prefix + c))
        except struct.error as e:
            print(prefix + c, 'error:', e)

# '?' is one byte in every mode; any non-zero byte is True.
print(struct.unpack('>??', b'\x00\x02'), struct.unpack('<?', b'\xff'))
