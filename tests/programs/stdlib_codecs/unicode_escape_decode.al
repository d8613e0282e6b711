import codecs

for b in [b"plain", b"\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"", b"\\x41\\u00e9\\U0001F600",
          b"\\101\\0\\7x", b"a\\\nb", b"\\N{LATIN SMALL LETTER A}\\N{EURO SIGN}",
          b"\xe9\xff", b"\\777"]:
    print(ascii(codecs.unicode_escape_decode(b)))
print(b"caf\\xe9".decode("unicode_escape"), codecs.decode(b"\\u20ac", "unicode-escape"))
print(ascii(codecs.unicode_escape_decode("\\u00e9\xe9")))
print(codecs.unicode_escape_decode(b"ab\\x4", "strict", False))
print(codecs.unicode_escape_decode(b"ab\\", "strict", False))
print(codecs.unicode_escape_decode(b"ab\\N{LATIN", "strict", False))
print(codecs.unicode_escape_decode(memoryview(b"m\\x41")))
dec = codecs.getincrementaldecoder("unicode_escape")()
print([dec.decode(b"\\u00"), dec.decode(b"e9\\"), dec.decode(b"n", final=True)])
print(list(codecs.iterdecode([b"\\x", b"41", b"\\N{EURO", b" SIGN}"], "unicode_escape")))
