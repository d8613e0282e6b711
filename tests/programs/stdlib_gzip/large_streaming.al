import gzip

lines = [("line %d " % i).encode() * (i % 13 + 1) + b"\n" for i in range(20000)]
with gzip.GzipFile("big.gz", "wb", mtime=5) as f:
    for line in lines:
        f.write(line)
print(sum(len(l) for l in lines))
with open("big.gz", "rb") as raw:
    z = raw.read()
print(len(z))
with gzip.open("big.gz") as f:
    n = 0
    total = 0
    for line in f:
        assert line == lines[n]
        n += 1
        total += len(line)
    print(n, total, f.tell())
with gzip.open("big.gz") as f:
    f.seek(500000)
    print(f.readline(), f.tell())
    print(len(f.read()), f.tell())
with gzip.open("big.gz", "rt") as f:
    print(sum(1 for _ in f))
