import codecs

for b in [b"\\u1234", b"\\\\u1234", b"\\\\\\u1234", b"\\x41", b"\\U0010ffff", b"a\\b\\", b"\\\\"]:
    print(b, ascii(codecs.raw_unicode_escape_decode(b)))
for b in [b"\\u12", b"\\U00110000", b"\\Uzz"]:
    try:
        codecs.raw_unicode_escape_decode(b)
    except UnicodeDecodeError as e:
        print(e, e.start, e.end)
    print(ascii(codecs.raw_unicode_escape_decode(b, "replace")))
print(codecs.raw_unicode_escape_decode(b"ab\\u12", "strict", False))
print(codecs.raw_unicode_escape_decode(b"ab\\", "strict", False))
print(ascii(b"\\u00e9\xe9".decode("raw_unicode_escape")))
s = "mixed \\ é \u20ac \U0001F600"
print(ascii(s.encode("raw-unicode-escape").decode("raw-unicode-escape")) == ascii(s))
