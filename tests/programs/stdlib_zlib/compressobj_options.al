import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print("zlib.error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: zlib.compressobj(10))
attempt(lambda: zlib.compressobj(method=9))
attempt(lambda: zlib.compressobj(memLevel=10))
attempt(lambda: zlib.compressobj(memLevel=0))
attempt(lambda: zlib.compressobj(strategy=10))
attempt(lambda: zlib.compressobj(wbits=-8))
attempt(lambda: zlib.compressobj(wbits=100))
attempt(lambda: zlib.compressobj(zdict=1))
attempt(lambda: zlib.compressobj(zdict="s"))
attempt(lambda: zlib.compressobj(wbits=31, zdict=b"ab"))
attempt(lambda: zlib.compressobj(level=2**40))
attempt(lambda: zlib.compressobj(wbits=8).compress(b"a"))
attempt(lambda: zlib.compressobj(zdict=None))
