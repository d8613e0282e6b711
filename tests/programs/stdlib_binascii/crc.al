# crc32 and crc_hqx: starting values, incremental use, big inputs.
import binascii


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for data in (b"", b"a", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256))):
    print(binascii.crc32(data), binascii.crc32(data, 1), binascii.crc32(data, 0xFFFFFFFF),
          binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF), binascii.crc_hqx(data, 0x1234))
for start in (-1, -2**70, 2**40, 2**32 + 5, True):
    show(lambda: binascii.crc32(b"hello", start))
    show(lambda: binascii.crc_hqx(b"hello", start))

big = bytes((i * 131 + (i >> 9)) & 255 for i in range(1 << 18))
crc = 0
hqx = 0
for i in range(0, len(big), 7777):
    crc = binascii.crc32(big[i : i + 7777], crc)
    hqx = binascii.crc_hqx(big[i : i + 7777], hqx)
print(crc, crc == binascii.crc32(big), hqx, hqx == binascii.crc_hqx(big, 0))
print(binascii.crc32(bytearray(b"abc"), 3), binascii.crc32(memoryview(b"abc")))

show(lambda: binascii.crc32(b"hello", 1.0))
show(lambda: binascii.crc32("hello"))
show(lambda: binascii.crc32(b"hello", crc=1))
show(lambda: binascii.crc32())
show(lambda: binascii.crc32(b"a", 1, 2))
show(lambda: binascii.crc_hqx(b"hello"))
show(lambda: binascii.crc_hqx(b"hello", 1.5))
show(lambda: binascii.crc_hqx(b"a", 1, 2))
show(lambda: binascii.crc_hqx(b"a", x=1))
show(lambda: binascii.crc_hqx("a", 0))
