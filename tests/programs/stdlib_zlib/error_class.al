import zlib

try:
    zlib.decompress(b"not compressed")
except Exception as e:
    print(type(e), e.args, isinstance(e, zlib.error))
try:
    zlib.decompress(b"not compressed at all")
except zlib.error as e:
    print(repr(e))
e = zlib.error("custom", 1)
print(e, e.args)
zlib.decompress(b"\x78\x9c garbage")
