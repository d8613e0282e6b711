import zlib

data = b"".join(bytes([i % 251]) * (i % 7 + 1) for i in range(2000))
z = zlib.compress(data, 9)
d = zlib.decompressobj()
out = b""
for i in range(0, len(z), 17):
    out += d.decompress(z[i:i + 17])
out += d.flush()
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(zlib.compress(b"one shot")), d.eof)
print(d.decompress(b"after"), d.unused_data, d.eof)
print(d.flush(), d.unused_data)
for wbits in [-15, 31, 47, 15]:
    z = zlib.compress(b"window bits", wbits=wbits if wbits != 47 else 31)
    d = zlib.decompressobj(wbits)
    print(wbits, d.decompress(z), d.eof)
