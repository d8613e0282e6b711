import gzip
import os

DATA = os.path.join(os.path.dirname(__file__), "data")

def sample(n):
    words = [b"alpha", b"beta", b"gamma", b"delta", b"\x00\xff", b"zeta\n"]
    out = bytearray()
    x = 12345
    while len(out) < n:
        x = (x * 1103515245 + 12345) % 2**31
        out += words[x % len(words)]
        if x % 7 == 0:
            out.append(x % 256)
    return bytes(out[:n])

def cpython(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()

with gzip.GzipFile("hello.txt.gz", "wb", mtime=1700000000) as f:
    f.write(b"Hello from CPython's gzip!\n")
with open("hello.txt.gz", "rb") as f:
    print(f.read() == cpython("hello.txt.gz"))
for level in [1, 6, 9]:
    name = "sample_l%d.bin.gz" % level
    with gzip.GzipFile(name, "wb", compresslevel=level, mtime=1234567890) as f:
        f.write(sample(100000))
    with open(name, "rb") as f:
        print(level, f.read() == cpython(name))
with gzip.GzipFile("multi.gz", "wb", mtime=1) as f:
    f.write(b"first member\n")
with gzip.GzipFile("multi.gz", "ab", mtime=2) as f:
    f.write(b"second member\n")
with open("multi.gz", "rb") as f:
    print(f.read() == cpython("multi.gz"))
print(gzip.compress(sample(5000), mtime=1000000000) == cpython("compress_mtime.gz"))
