import gzip
import os

DATA = os.path.join(os.path.dirname(__file__), "data")

def path(name):
    return os.path.join(DATA, name)

with gzip.open(path("hello.txt.gz")) as f:
    print(f.read(), f.mtime, f.mode, os.path.basename(f.name))
for level in [1, 6, 9]:
    with gzip.open(path("sample_l%d.bin.gz" % level), "rb") as f:
        data = f.read()
    print(level, len(data), data[:30], hash(data) == hash(data))
    with open(path("sample_l%d.bin.gz" % level), "rb") as raw:
        print(gzip.decompress(raw.read()) == data)
with gzip.open(path("multi.gz")) as f:
    print(f.readline(), f.mtime)
    print(f.readline(), f.mtime)
    print(f.readline())
with gzip.open(path("fields.gz")) as f:
    print(f.read(), f.mtime)
with open(path("fields.gz"), "rb") as raw:
    print(gzip.decompress(raw.read()))
with open(path("compress_mtime.gz"), "rb") as raw:
    z = raw.read()
print(len(gzip.decompress(z)), z[4:8])
