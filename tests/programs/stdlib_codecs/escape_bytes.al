import codecs

print(codecs.escape_encode(b"a'\"\\\n\t\r\x00\x7f\xff"))
print(codecs.escape_encode(b""))
print(codecs.escape_decode(b"a\\'\\x41\\101\\0\\n\\\nb"))
print(codecs.escape_decode("text\\t"))
print(codecs.escape_decode(b"\\x4", "replace"), codecs.escape_decode(b"\\x4g", "ignore"))
for b in [b"\\x", b"\\x4", b"\\xgg", b"\\", b"ab\\", b"ok\\x4z"]:
    try:
        print(codecs.escape_decode(b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    codecs.escape_decode(b"\\x4", "backslashreplace")
except ValueError as e:
    print(e)
try:
    codecs.escape_encode("str")
except TypeError as e:
    print(e)
