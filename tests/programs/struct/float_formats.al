# Floats: half precision rounding (ties to even), single precision
# overflow in standard mode only, infinities, NaNs and their signs.
import math
import struct

for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.0, 65519.99,
          2049.0, 2050.0, 2051.0, 6.103515625e-05, 6.1e-05, 1e-10, -1e-10,
          2**-25, math.nextafter(2**-25, 1), 1.5 * 2**-24, math.inf, -math.inf]:
    b = struct.pack('<e', x)
    print(x, b.hex(), struct.unpack('<e', b)[0].hex(), struct.pack('>e', x).hex())

for x in [65520.0, -65520.0, 1e300]:
    try:
        struct.pack('e', x)
    except OverflowError as e:
        print(x, 'OverflowError:', e)

print(struct.pack('<e', math.nan).hex(), struct.pack('<e', -math.nan).hex())
for bits in ['007c', '00fc', '017c', '00fe', 'ff7b', '0080', '0004', 'ff03']:
    print(bits, struct.unpack('<e', bytes.fromhex(bits)))

# 'f': the native packer rounds to inf; the standard one refuses.
print(struct.pack('f', 1e300), struct.pack('f', -1e300))
for fmt in ['<f', '>f', '=f', '!f']:
    try:
        struct.pack(fmt, 3.4028236e38)
    except OverflowError as e:
        print(fmt, 'OverflowError:', e)
print(struct.pack('<f', 3.4028235e38).hex(), struct.pack('<f', math.inf).hex())
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', 0.1)))
print(struct.pack('<f', math.nan).hex(), struct.pack('<d', -math.nan).hex())
print(struct.unpack('<f', b'\x01\x00\xc0\xff'), struct.unpack('<d', b'\x00' * 6 + b'\xf0\x7f'))
print(struct.pack('<d', 1e-320).hex(), struct.unpack('<d', bytes.fromhex('0100000000000000')))

# Ints convert to float; too large ones cannot.
print(struct.pack('<d', 3), struct.pack('<f', True), struct.pack('<e', 2**10))
for fmt in ['d', 'f', 'e']:
    try:
        struct.pack(fmt, 10**400)
    except struct.error as e:
        print(fmt, 'error:', e)
