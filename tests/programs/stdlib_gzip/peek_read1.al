import gzip
import io

z = gzip.compress(b"abcdefghij" * 10, mtime=0)
f = gzip.GzipFile(fileobj=io.BytesIO(z))
print(f.read1(3), f.read1(0), f.tell())
print(f.peek(1)[:5], f.tell())
print(len(f.read1()), f.read1(), f.tell())
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"", mtime=0)))
print(f.read(), f.read1(), f.peek(1), f.readline(), f.readlines(), list(f))
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"no newline at end", mtime=0)))
print(f.readline(), f.readline())
