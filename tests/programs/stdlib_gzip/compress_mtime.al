import gzip

for level in [0, 1, 2, 5, 6, 9]:
    print(level, gzip.compress(b"hello hello hello", level, mtime=1))
    print(level, gzip.compress(b"hello hello hello", level, mtime=0))
print(gzip.compress(b"", mtime=1700000000))
print(gzip.compress(bytearray(b"bytearray"), mtime=2))
print(gzip.compress(b"x" * 1000, compresslevel=9, mtime=12345))
z = gzip.compress(b"no mtime given")
print(z[:4], z[8:10], gzip.decompress(z))
try:
    gzip.compress(b"hello", 5, 0)
except TypeError as e:
    print(e)
