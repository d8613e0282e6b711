import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print("zlib.error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)

c = zlib.compressobj()
c.compress(b"a")
print(c.flush())
attempt(lambda: c.compress(b"a"))
attempt(lambda: c.flush())
attempt(lambda: c.flush(zlib.Z_NO_FLUSH))
attempt(lambda: c.flush(zlib.Z_SYNC_FLUSH))
attempt(lambda: c.copy())
c = zlib.compressobj()
attempt(lambda: c.flush(zlib.Z_TREES))
attempt(lambda: c.flush(-1))
attempt(lambda: c.flush(7))
attempt(lambda: c.flush(2**40))
