import codecs

d = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(d.decode(b"\xef")), repr(d.decode(b"\xbb")), repr(d.decode(b"\xbfab")), repr(d.decode(b"\xef\xbb\xbf")))
d = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(d.decode(b"xy", True)))
e = codecs.getincrementalencoder("utf-8-sig")()
print(e.encode("a"), e.encode("b"))
print(codecs.lookup("utf-8-sig").decode(b"\xef\xbb\xbfhi"), codecs.lookup("utf-8-sig").encode("hi"))
