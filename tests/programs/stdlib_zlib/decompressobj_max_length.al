import zlib

data = bytes(range(256)) * 40
z = zlib.compress(data)
def state(d, r):
    print(len(r), d.unused_data, len(d.unconsumed_tail), d.eof)

d = zlib.decompressobj()
a = d.decompress(z, 100)
state(d, a)
b = d.decompress(d.unconsumed_tail, 5000)
state(d, b)
c = d.flush()
state(d, c)
print(a + b + c == data)
d = zlib.decompressobj()
parts = []
chunk = z
while not d.eof:
    parts.append(d.decompress(chunk, 1000))
    chunk = d.unconsumed_tail
print(len(parts), [len(p) for p in parts], b"".join(parts) == data)
d = zlib.decompressobj()
state(d, d.decompress(z + b"tail", 100000))
state(d, d.decompress(b"more"))
d = zlib.decompressobj()
state(d, d.decompress(z + b"xy", 10))
state(d, d.flush())
state(d, d.flush())
d = zlib.decompressobj()
state(d, d.decompress(z + b"xy", 10))
state(d, d.flush(10))
d = zlib.decompressobj()
state(d, d.decompress(z[:20], 10))
state(d, d.decompress(d.unconsumed_tail + z[20:] + b"ab"))
state(d, d.decompress(b"cd"))
d = zlib.decompressobj()
state(d, d.decompress(z[:100], 3))
state(d, d.decompress(b"", 3))
state(d, d.decompress(b""))
