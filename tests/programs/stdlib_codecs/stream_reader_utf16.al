import codecs
import io

r = codecs.getreader("utf-16")(io.BytesIO("ab".encode("utf-16-be")))
try:
    print(r.read())
except UnicodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader("utf-16")(io.BytesIO(b"\xfe\xff\x00a\x00b\x00\n\x00c"))
print(repr(r.read(1)), repr(r.readline()), repr(r.read()))
r = codecs.getreader("utf-16")(io.BytesIO("hi\nthere".encode("utf-16")))
print(list(r))
r = codecs.getreader("utf-16-le")(io.BytesIO("xyz".encode("utf-16-le") + b"\x00"))
print(repr(r.read()), r.bytebuffer)
r = codecs.getreader("utf-32")(io.BytesIO("\U0001F600!".encode("utf-32")))
print(ascii(r.read()))
r = codecs.getreader("utf-8-sig")(io.BytesIO(b"\xef\xbb\xbfbom"))
print(repr(r.read()))
