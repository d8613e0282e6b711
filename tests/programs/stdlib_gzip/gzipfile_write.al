import gzip
import io

b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode="wb", mtime=0) as f:
    print(f.write(b"hello "), f.write(memoryview(b"world")), f.write(bytearray(b"!")))
    print(f.mode, repr(f.name), hasattr(f, "mtime"))
    print(f.writable(), f.readable(), f.seekable(), f.closed, f.tell())
print(f.closed, b.getvalue())
for level in [0, 1, 5, 9]:
    b = io.BytesIO()
    with gzip.GzipFile(fileobj=b, mode="wb", mtime=0, compresslevel=level) as f:
        f.write(b"level " * 20)
    print(level, b.getvalue())
b = io.BytesIO()
with gzip.GzipFile("some/dir/file.txt.gz", "wb", fileobj=b, mtime=7) as f:
    f.write(b"x")
print(b.getvalue())
b = io.BytesIO()
with gzip.GzipFile("name.bin", "wb", fileobj=b, mtime=7) as f:
    f.writelines([b"a", b"b", b"c"])
print(b.getvalue())
b = io.BytesIO()
with gzip.GzipFile("caf\u00e9", "w", fileobj=b, mtime=7) as f:
    f.write(b"latin")
print(b.getvalue())
b = io.BytesIO()
with gzip.GzipFile("\u20ac.gz", "w", fileobj=b, mtime=7) as f:
    f.write(b"euro")
print(b.getvalue())
