import zlib

for data in [b"", b"a", b"hello", b"hello world", bytes(range(256)), b"\x00" * 1000]:
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**40), zlib.crc32(b"abc", 5))
print(zlib.adler32(b"abc", -1), zlib.adler32(b"abc", 0), zlib.adler32(b"a", 2**64 + 5))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abc")), zlib.crc32(b"a", True))
running = 0
for chunk in [b"one", b"two", b"three"]:
    running = zlib.crc32(chunk, running)
print(running, zlib.crc32(b"onetwothree"))
