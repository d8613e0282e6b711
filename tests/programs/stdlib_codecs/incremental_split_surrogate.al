import codecs

print(codecs.utf_8_decode(b"\xed\xa0", "strict", False), codecs.utf_8_decode(b"\xed", "strict", False))
for b in [b"\xe0\x80", b"\xf4\x90", b"\xed\xa0z", b"\xed\xa0"]:
    try:
        print(codecs.utf_8_decode(b, "strict", b == b"\xed\xa0"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
d = codecs.getincrementaldecoder("utf-8")("surrogatepass")
print(ascii(d.decode(b"a\xed\xa0")), ascii(d.decode(b"\x80b", True)))
d = codecs.getincrementaldecoder("utf-8")()
print(ascii(d.decode(b"a\xed\xa0")))
try:
    d.decode(b"\x80", True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e, e.start, e.end)
d = codecs.getincrementaldecoder("utf-16")()
print(ascii(d.decode(b"\xff\xfe\x00")))
try:
    d.decode(b"\xd8\xe9\x00", True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
