import zlib

print("before")
zlib.decompress(zlib.compress(b"data")[:-1])
