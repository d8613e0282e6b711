import gzip

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

with gzip.open("a.gz", "wb") as f:
    f.write(b"one\n")
with gzip.open("a.gz", "ab") as f:
    f.write(b"two\n")
with gzip.open("a.gz") as f:
    print(f.read(), f.name, f.mode)
with gzip.open("a.gz", "r") as f:
    print(f.readlines())
with gzip.open("b.gz", "xb") as f:
    f.write(b"exclusive")
attempt(lambda: gzip.open("b.gz", "xb"))
with gzip.open("b.gz", "w", 1) as f:
    f.write(b"level one " * 10)
with gzip.open("b.gz", "rb") as f:
    print(f.read())
attempt(lambda: gzip.open("missing.gz"))
attempt(lambda: gzip.open("a.gz", "rbt"))
attempt(lambda: gzip.open("a.gz", "rb", encoding="utf-8"))
attempt(lambda: gzip.open("a.gz", "rb", errors="strict"))
attempt(lambda: gzip.open("a.gz", "rb", newline="\n"))
attempt(lambda: gzip.open(12, "rb"))
attempt(lambda: gzip.open(None, "rb"))
import io
b = io.BytesIO()
with gzip.open(b, "wb") as f:
    f.write(b"to a file object")
print(gzip.decompress(b.getvalue()))
with gzip.open(io.BytesIO(b.getvalue())) as f:
    print(f.read())
f = gzip.open("c.gz", "wb")
f.write(b"abc")
f.flush()
print(len(open("c.gz", "rb").read()) > 10)
f.close()
f.close()
print(f.closed)
