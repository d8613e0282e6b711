import gzip

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = gzip.compress(b"abcdef", mtime=0)
attempt(lambda: gzip.decompress(b"hello world"))
attempt(lambda: gzip.decompress(z[:-3]))
attempt(lambda: gzip.decompress(z[:5]))
attempt(lambda: gzip.decompress(z[:15]))
attempt(lambda: gzip.decompress(b"\x1f"))
attempt(lambda: gzip.decompress(z + b"xx"))
bad = bytearray(z)
bad[-5] ^= 1
attempt(lambda: gzip.decompress(bytes(bad)))
bad = bytearray(z)
bad[-2] ^= 1
attempt(lambda: gzip.decompress(bytes(bad)))
bad = bytearray(z)
bad[2] = 7
attempt(lambda: gzip.decompress(bytes(bad)))
attempt(lambda: gzip.decompress("text"))
print(issubclass(gzip.BadGzipFile, OSError), gzip.BadGzipFile.__mro__)
