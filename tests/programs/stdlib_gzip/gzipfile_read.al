import gzip
import io

data = b"line one\nline two\r\nline three\rline four"
z = gzip.compress(data, mtime=99) + gzip.compress(b"\nsecond member\n", mtime=100)
f = gzip.GzipFile(fileobj=io.BytesIO(z))
print(f.mode, repr(f.name), f.mtime)
print(f.readline(), f.mtime)
print(f.read1(4), f.peek(2)[:2])
print(f.readlines())
print(f.mtime, f.tell(), f.read(), f.read(5))
f.rewind()
print(f.tell(), f.read(4), f.tell())
print(list(f))
print(f.readable(), f.writable(), f.seekable(), f.closed)
f.close()
print(f.closed)
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"0123456789" * 3)))
print(f.read(0), f.read(-1)[:5], f.read(), f.read(5))
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc\ndef\nghi\n")))
print(f.readline(2), f.readline(10), f.readlines(1), f.readlines())
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc\ndef\nghi\n")))
for i, line in enumerate(f):
    print(i, line)
