import codecs

for s in ["\\", "'", '"', "\t\n\r", "\x00\x7f\x80\xff", "\u1234", "\U0001F600", "abc~", ""]:
    print(ascii(s), s.encode("unicode_escape"), s.encode("raw_unicode_escape"))
print(codecs.unicode_escape_encode("é\x80"))
print(codecs.unicode_escape_encode("x", "ignored"))
print(codecs.raw_unicode_escape_encode("\\é\u20ac"))
print(codecs.encode("ü\n", "unicode_escape"))
print(codecs.lookup("unicode-escape").name, codecs.lookup("raw_unicode_escape").name)
print(codecs.lookup("Unicode Escape").name)
try:
    codecs.unicode_escape_encode(b"x")
except TypeError as e:
    print(e)
