import gzip
import io

z = gzip.compress(bytes(range(100)), mtime=0)
f = gzip.GzipFile(fileobj=io.BytesIO(z))
print(f.seek(10), f.read(3), f.tell())
print(f.seek(5, 1), f.read(2))
print(f.seek(2), f.read(2))
print(f.seek(-10, 2), f.read())
print(f.seek(1000), f.read(), f.tell())
b = io.BytesIO()
w = gzip.GzipFile(fileobj=b, mode="wb", mtime=0)
w.write(b"ab")
print(w.seek(5), w.tell(), w.seek(2, 1))
for args in [(1,), (0, 2)]:
    try:
        w.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    w.rewind()
except OSError as e:
    print(e)
w.close()
print(gzip.decompress(b.getvalue()))
