import codecs

print(codecs.unicode_escape_decode(b"ab\\q"))
print(codecs.escape_decode(b"\\d"))
print(codecs.unicode_escape_decode(b"\\777"))
