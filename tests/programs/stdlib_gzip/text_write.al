import gzip

with gzip.open("u.gz", "wt", encoding="latin-1", newline="\r\n") as f:
    print(f.write("h\u00e9llo\nworld\n"), f.encoding)
print(gzip.decompress(open("u.gz", "rb").read()))
with gzip.open("u.gz", "rt", encoding="latin-1") as f:
    print(repr(f.read()))
with gzip.open("u2.gz", "wt") as f:
    f.write("a\nb\n")
    f.writelines(["c\n", "d"])
with gzip.open("u2.gz", "rt") as f:
    print(f.readline(), f.readlines())
for nl in [None, "", "\n", "\r"]:
    with gzip.open("n.gz", "wt", newline=nl) as f:
        f.write("x\ny\r\nz")
    print(repr(nl), gzip.decompress(open("n.gz", "rb").read()))
with gzip.open("a.gz", "at") as f:
    f.write("appended \u20ac\n")
with gzip.open("a.gz", "at") as f:
    f.write("again\n")
with gzip.open("a.gz", "rt") as f:
    print(f.read())
try:
    with gzip.open("e.gz", "wt", encoding="ascii") as f:
        f.write("\u20ac")
except UnicodeEncodeError as e:
    print(e)
with gzip.open("e.gz", "wt", encoding="ascii", errors="replace") as f:
    f.write("\u20ac!")
print(gzip.decompress(open("e.gz", "rb").read()))
