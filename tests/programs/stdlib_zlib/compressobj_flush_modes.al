import zlib

modes = [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK, zlib.Z_FINISH]
for mode in modes:
    c = zlib.compressobj(6)
    x = c.compress(b"hello world " * 10)
    y = c.flush(mode)
    rest = c.flush() if mode != zlib.Z_FINISH else b""
    print(mode, x, y, rest)
    print(zlib.decompress(x + y + rest))
c = zlib.compressobj()
out = c.compress(b"first")
out += c.flush(zlib.Z_SYNC_FLUSH)
out += c.compress(b"second")
out += c.flush(zlib.Z_FULL_FLUSH)
out += c.flush(zlib.Z_SYNC_FLUSH)
out += c.flush()
print(out)
print(zlib.decompress(out))
