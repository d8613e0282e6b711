import codecs

d = codecs.getincrementaldecoder("utf-8")()
data = "a\u00e9\u20ac\U0001F600z".encode("utf-8")
out = []
for i in range(len(data)):
    out.append(d.decode(data[i:i + 1]))
out.append(d.decode(b"", True))
print([ascii(x) for x in out])
d.reset()
print(repr(d.decode(b"\xe2\x82")), d.getstate())
try:
    d.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
d = codecs.getincrementaldecoder("utf-8")("replace")
print(ascii(d.decode(b"a\xe2\x82")), ascii(d.decode(b"b", True)))
e = codecs.getincrementalencoder("utf-8")()
print(e.encode("\u00e9"), e.encode("", True), e.getstate())
