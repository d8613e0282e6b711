import gzip

a = gzip.compress(b"first ", mtime=1)
b = gzip.compress(b"second", mtime=2)
print(gzip.decompress(a + b))
print(gzip.decompress(a + b"\x00\x00\x00\x00" + b))
print(gzip.decompress(a + b"\x00"))
print(gzip.decompress(b""))
print(gzip.decompress(bytearray(a)))
print(gzip.decompress(memoryview(b)))
print(gzip.decompress(gzip.compress(bytes(range(256)) * 100, mtime=5)) == bytes(range(256)) * 100)
