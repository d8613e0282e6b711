import copy
import zlib

c = zlib.compressobj()
x = c.compress(b"abc")
cc = c.copy()
print(x + c.flush(), x + cc.compress(b"def") + cc.flush())
print(len(copy.copy(c if False else zlib.compressobj()).flush()))
c = zlib.compressobj()
head = c.compress(b"shared prefix ")
a = copy.copy(c)
b = copy.deepcopy(c)
d = c.__copy__()
e = c.__deepcopy__({})
for obj, tail in [(a, b"a"), (b, b"b"), (d, b"d"), (e, b"e"), (c, b"c")]:
    print(zlib.decompress(head + obj.compress(tail) + obj.flush()))
data = b"0123456789" * 300
z = zlib.compress(data)
d = zlib.decompressobj()
first = d.decompress(z[:30])
d2 = d.copy()
d3 = copy.copy(d)
print(first + d.decompress(z[30:]) == data, first + d2.decompress(z[30:]) == data, len(d3.decompress(z[30:])))
d = zlib.decompressobj()
d.decompress(z + b"extra")
d4 = d.copy()
print(d4.eof, d4.unused_data, d4.unconsumed_tail)
