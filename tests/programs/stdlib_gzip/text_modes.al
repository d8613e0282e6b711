import gzip
import os

DATA = os.path.join(os.path.dirname(__file__), "data")
path = os.path.join(DATA, "text.gz")

with gzip.open(path, "rt", encoding="utf-8") as f:
    print(repr(f.read()))
with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
    print(repr(f.read()))
with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
    print(list(f))
with gzip.open(path, "rt", encoding="utf-8", newline="\r") as f:
    print(list(f))
with gzip.open(path, "rt", encoding="utf-8", newline="\r\n") as f:
    print(f.readlines())
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.readline(), f.readline(4), f.readline(), f.read(3), f.read())
with gzip.open(path, "rt", encoding="latin-1") as f:
    print(repr(f.read()))
with gzip.open(path, "rt", encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.encoding, f.errors)
