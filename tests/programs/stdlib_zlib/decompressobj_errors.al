import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print("zlib.error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = zlib.compress(b"hello world" * 100)
attempt(lambda: zlib.decompressobj(wbits=100))
attempt(lambda: zlib.decompressobj(zdict=1))
attempt(lambda: zlib.decompressobj(zdict="abc"))
attempt(lambda: zlib.decompressobj().decompress(b"x", -1))
attempt(lambda: zlib.decompressobj().flush(0))
attempt(lambda: zlib.decompressobj().flush(-1))
attempt(lambda: zlib.decompressobj().decompress("str"))
d = zlib.decompressobj()
attempt(lambda: d.decompress(z[:2] + b"\xff\xff\xff"))
print(d.unconsumed_tail, d.unused_data, d.eof)
attempt(lambda: d.decompress(b"abc"))
attempt(lambda: d.flush())
d = zlib.decompressobj()
d.decompress(z)
attempt(lambda: d.flush())
attempt(lambda: d.copy())
attempt(lambda: d.decompress(b"x"))
attempt(lambda: d.flush())
print(d.eof)
d = zlib.decompressobj()
print(len(d.decompress(z[:10])), d.eof)
print(len(d.flush()), d.eof)
