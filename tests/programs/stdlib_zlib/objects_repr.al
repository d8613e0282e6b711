import zlib

c = zlib.compressobj()
d = zlib.decompressobj()
print(type(c), type(d))
print(type(c).__name__, type(d).__qualname__, type(d).__module__)
print(repr(c).startswith("<zlib.Compress object at 0x"), repr(d).startswith("<zlib.Decompress object at 0x"))
try:
    d.eof = 1
except AttributeError as e:
    print(e)
try:
    d.x = 1
except AttributeError as e:
    print(e)
try:
    c.unused_data
except AttributeError as e:
    print(e)
print(hasattr(c, "flush"), hasattr(d, "unconsumed_tail"), hasattr(zlib, "Compress"))
print(c == c, c != d, hash(c) == hash(c))
