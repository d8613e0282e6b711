import zlib

data = bytes(i * 7 % 256 for i in range(400000))
z = zlib.compress(data, 0)
print(len(z), zlib.crc32(z))
c = zlib.compressobj(0)
parts = [c.compress(data[:100000]), c.compress(data[100000:]), c.flush()]
print([len(p) for p in parts], zlib.crc32(b"".join(parts)))
c = zlib.compressobj(0, wbits=-15)
parts = [c.compress(data), c.flush(zlib.Z_SYNC_FLUSH), c.flush()]
print([len(p) for p in parts], zlib.crc32(b"".join(parts)))
d = zlib.decompressobj()
out = d.decompress(z, 50000)
print(len(out), len(d.unconsumed_tail))
out += d.flush(100)
print(len(out), out == data, d.eof)
print(len(zlib.decompress(z, bufsize=1000)))
