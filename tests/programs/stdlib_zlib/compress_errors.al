import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print("zlib.error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: zlib.compress(b"x", 10))
attempt(lambda: zlib.compress(b"x", -2))
attempt(lambda: zlib.compress(b"x", wbits=7))
attempt(lambda: zlib.compress(b"x", wbits=100))
attempt(lambda: zlib.compress(b"x", wbits=-8))
attempt(lambda: zlib.compress(b"x", wbits=24))
attempt(lambda: zlib.compress("abc"))
attempt(lambda: zlib.compress(123))
attempt(lambda: zlib.compress(b"a", level=2**40))
attempt(lambda: zlib.compress(b"a", level="x"))
attempt(lambda: zlib.compress(b"a", level=1.0))
attempt(lambda: zlib.compress(b"a", level=True))
