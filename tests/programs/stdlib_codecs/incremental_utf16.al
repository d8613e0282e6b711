import codecs

for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]:
    data = "a\u00e9\U0001F600b".encode(enc)
    d = codecs.getincrementaldecoder(enc)()
    out = [d.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(d.decode(b"", True))
    print(enc, [ascii(x) for x in out])
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"), e.getstate())
e.reset()
print(e.encode("c"))
d = codecs.getincrementaldecoder("utf-16")()
try:
    d.decode(b"a\x00")
except UnicodeError as ex:
    print(type(ex).__name__, ex)
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xfe")), repr(d.decode(b"\xff\x00")), repr(d.decode(b"a")))
try:
    d.decode(b"\x00", True)
except UnicodeDecodeError as ex:
    print("UnicodeDecodeError", ex)
