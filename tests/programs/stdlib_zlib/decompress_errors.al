import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print("zlib.error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = zlib.compress(b"hello world")
attempt(lambda: zlib.decompress(b"abc"))
attempt(lambda: zlib.decompress(z[:-2]))
attempt(lambda: zlib.decompress(b""))
attempt(lambda: zlib.decompress(z + b"trailing"))
attempt(lambda: zlib.decompress(b"x\x9c\xff\xff"))
attempt(lambda: zlib.decompress(z, wbits=100))
attempt(lambda: zlib.decompress(z, wbits=-15))
attempt(lambda: zlib.decompress(z, 31))
attempt(lambda: zlib.decompress(zlib.compress(b"x", wbits=31)))
attempt(lambda: zlib.decompress(z, bufsize=-1))
attempt(lambda: zlib.decompress(z, bufsize=0))
attempt(lambda: zlib.decompress(z, bufsize=1))
attempt(lambda: zlib.decompress(z, wbits=2**40))
attempt(lambda: zlib.decompress(z, bufsize=2**70))
attempt(lambda: zlib.decompress("text"))
