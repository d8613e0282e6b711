import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print("zlib.error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)

zdict = b"the common words of the dictionary"
c = zlib.compressobj(zdict=zdict)
z = c.compress(b"the common words of the message") + c.flush()
print(z)
attempt(lambda: zlib.decompress(z))
attempt(lambda: zlib.decompressobj().decompress(z))
attempt(lambda: zlib.decompressobj(zdict=b"wrong").decompress(z))
attempt(lambda: zlib.decompressobj(zdict=zdict).decompress(z))
attempt(lambda: zlib.decompressobj(zdict=bytearray(zdict)).decompress(z))
attempt(lambda: zlib.decompressobj(zdict=memoryview(zdict)).decompress(z))
c = zlib.compressobj(wbits=-15, zdict=b"abcdef")
raw = c.compress(b"abcdefabcdef") + c.flush()
print(raw)
attempt(lambda: zlib.decompressobj(wbits=-15, zdict=b"abcdef").decompress(raw))
attempt(lambda: zlib.decompressobj(wbits=-15).decompress(raw))
attempt(lambda: zlib.compressobj(zdict=b"").compress(b""))
attempt(lambda: zlib.decompressobj(zdict=b"a").decompress(zlib.compress(b"x", wbits=-15)))
