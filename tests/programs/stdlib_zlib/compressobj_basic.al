import zlib

c = zlib.compressobj()
parts = [c.compress(b"hello "), c.compress(b"world " * 50), c.flush()]
print(parts)
z = b"".join(parts)
print(z == zlib.compress(b"hello " + b"world " * 50))
print(zlib.decompress(z)[:20])
c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
z = c.compress(bytes(range(100)) * 3) + c.flush()
print(len(z), z[:16])
print(zlib.decompress(z, -15) == bytes(range(100)) * 3)
for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    c = zlib.compressobj(strategy=strategy)
    z = c.compress(b"abracadabra " * 30) + c.flush()
    print(strategy, len(z), z[-12:])
for mem in [1, 5, 9]:
    c = zlib.compressobj(memLevel=mem)
    print(mem, c.compress(b"memory level " * 40) + c.flush())
print(zlib.compressobj(wbits=31).compress(b"gzip") + b"|")
c = zlib.compressobj(wbits=31)
print(c.compress(b"gzip data") + c.flush())
