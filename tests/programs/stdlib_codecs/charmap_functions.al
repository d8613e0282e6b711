import codecs

print(codecs.charmap_decode(b"ab", "strict", {97: "xy", 98: 0x1F600}))
print(codecs.charmap_decode(b"ab"), codecs.charmap_encode("ab\xff"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"))
print(codecs.charmap_encode("abc", "replace", {97: b"XY", 63: 63}))
print(codecs.charmap_decode(b"abc", "replace", "x"))
print(codecs.charmap_decode(b"abc", "ignore", {97: None, 98: "B"}))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2, 4: 5}))
print(codecs.charmap_build("ab"), codecs.charmap_build("aab"))
table = "".join(chr(i) for i in range(128)) + "\u20ac" * 2 + "".join(chr(0x400 + i) for i in range(126))
m = codecs.charmap_build(table)
print(type(m).__name__, codecs.charmap_encode("a\u20ac\u0401", "strict", m))
print(codecs.charmap_decode(b"a\x80\xff", "strict", table))
