import codecs
import io

data = "héllo wörld\nsecond line\n€ third".encode("utf-8")
r = codecs.getreader("utf-8")(io.BytesIO(data))
print(repr(r.read(3)))
print(repr(r.read(chars=4)))
print(repr(r.read()))
print(repr(r.read()))

# A character split across reads is held back.
r = codecs.getreader("utf-8")(io.BytesIO("€€€".encode()))
print(repr(r.read(1)), repr(r.read(2)), repr(r.read()))

# Incomplete bytes at the end are left in bytebuffer.
r = codecs.getreader("utf-8")(io.BytesIO(b"ab\xe2\x82"))
print(repr(r.read()), r.bytebuffer)

r = codecs.getreader("utf-8")(io.BytesIO(b"ok\xffbad"))
try:
    r.read()
except UnicodeDecodeError as e:
    print(e)
r = codecs.getreader("utf-8")(io.BytesIO(b"ok\xffbad"), "replace")
print(repr(r.read()))
r = codecs.getreader("latin-1")(io.BytesIO(b"\xe9t\xe9"))
print(repr(r.readlines()))
r.seek(0)
print(repr(r.read(1)))
r.reset()
print(repr(r.read()))
