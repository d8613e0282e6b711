import zlib

text = b"The quick brown fox jumps over the lazy dog. " * 20
for level in range(-1, 10):
    z = zlib.compress(text, level)
    print(level, len(z), z[:12], z[-8:])
    assert zlib.decompress(z) == text
print(zlib.compress(b""))
print(zlib.compress(b"a"))
print(zlib.compress(bytearray(b"abcabcabc")))
print(zlib.compress(memoryview(b"xyzxyz"), level=9))
print(zlib.compress(b"hello", 1, 15))
