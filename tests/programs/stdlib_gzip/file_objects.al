import gzip
import os

f = gzip.GzipFile("plain.gz", "wb", mtime=9)
print(f.name, f.mode, f.closed, f.fileno() > 2, f.writable())
f.write(b"payload\n" * 3)
f.close()
print(f.closed, os.path.getsize("plain.gz"))
with open("plain.gz", "rb") as raw:
    g = gzip.GzipFile(fileobj=raw)
    print(g.name == "plain.gz", g.mode, g.read())
with open("plain.gz", "rb") as raw:
    data = raw.read()
print(data[:10], data[10:16])
with open("out.gz", "wb") as raw:
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=3) as g:
        g.write(b"through a file object")
    print(raw.closed)
with open("out.gz", "rb") as raw:
    print(raw.read()[10:17])
print(gzip.decompress(open("out.gz", "rb").read()))
g = gzip.open("out.gz")
g.close()
print(g.readable(), g.writable(), g.seekable())
for m in [g.tell, g.flush, g.read]:
    try:
        m()
    except ValueError as e:
        print(e)
try:
    g.fileno()
except AttributeError as e:
    print("closed: no file")
