import codecs

print(codecs.encode("abc"), codecs.decode(b"abc"))
print(codecs.encode("caf\u00e9", "latin-1"), codecs.decode(b"caf\xe9", "latin-1"))
print(codecs.encode("\u20ac", "utf-16"), codecs.encode("\u20ac", "utf-16-be"), codecs.encode("\U0001F600", "utf-32-le"))
print(codecs.decode(b"\xff\xfea\x00", "utf-16"), codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"), codecs.encode("x", "utf-8-sig"))
print(codecs.encode("\u00e9", "ascii", "replace"), codecs.encode("\u00e9", "ascii", "xmlcharrefreplace"))
print(codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.decode(b"a\xffb", "ascii", "ignore"))
print(codecs.encode("a\udc80", "utf-8", "surrogateescape"), ascii(codecs.decode(b"a\x80", "utf-8", "surrogateescape")))
print(codecs.encode(errors="strict", obj="k", encoding="ascii"))
