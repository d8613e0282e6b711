import gzip
import io

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = gzip.compress(b"abcdef", mtime=0)
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"xx")).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"")).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"\x1f\x8b\x08\x00\x00")).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(z[:-4])).read())
bad = bytearray(z)
bad[-6] ^= 1
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(bytes(bad))).read())
bad = bytearray(z)
bad[-2] ^= 1
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(bytes(bad))).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(z + b"junk")).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(z + b"\0\0\0")).read())
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="ab").write(b"x"))
r = gzip.GzipFile(fileobj=io.BytesIO(z))
attempt(lambda: r.write(b"x"))
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
attempt(lambda: w.read())
attempt(lambda: w.readline() if False else w.read1())
w.close()
attempt(lambda: w.write(b"x"))
attempt(lambda: w.close())
r.close()
attempt(lambda: r.read())
attempt(lambda: gzip.GzipFile())
attempt(lambda: gzip.GzipFile("missing.gz"))
