import codecs

print(codecs.utf_8_encode("h\u00e9"), codecs.utf_8_decode(b"h\xc3\xa9"))
print(codecs.utf_8_decode(b"h\xc3", "strict", False), codecs.utf_8_decode(b"h\xc3", "replace", True))
print(codecs.latin_1_encode("\u00ff"), codecs.latin_1_decode(b"\xff"), codecs.ascii_encode("ab"), codecs.ascii_decode(b"ab"))
print(codecs.utf_16_encode("a"), codecs.utf_16_encode("a", None, 1), codecs.utf_16_encode("a", "strict", -1))
print(codecs.utf_16_le_decode(b"a\x00b"), codecs.utf_16_be_decode(b"\x00a\xd8", None, False))
print(codecs.utf_32_encode("a"), codecs.utf_32_le_encode("a"), codecs.utf_32_be_decode(b"\x00\x00\x00a\x00"))
print(codecs.utf_16_decode(b"\xfe\xff\x00a"), codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00"))
print(codecs.utf_16_le_decode(b"=\xd8\x00\xde"), codecs.utf_16_le_decode(b"=\xd8", "strict", False))
for f, arg in [(codecs.utf_8_encode, b"x"), (codecs.utf_8_decode, "x"), (codecs.ascii_encode, "\u00e9")]:
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)
