import zlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: zlib.crc32())
attempt(lambda: zlib.crc32(b"a", 1, 2))
attempt(lambda: zlib.crc32(data=b"a"))
attempt(lambda: zlib.adler32(value=1))
attempt(lambda: zlib.crc32("abc"))
attempt(lambda: zlib.crc32(b"abc", "x"))
attempt(lambda: zlib.crc32(b"a", 1.5))
attempt(lambda: zlib.adler32(None))
attempt(lambda: zlib.adler32())
