import codecs

cases = [b"\\", b"\\x4", b"\\x", b"\\u12", b"\\u", b"\\Ua", b"\\U00110000", b"\\N{foo}",
         b"\\Nx", b"\\N", b"\\N{", b"\\N{abc", b"\\N{}", b"\\x4g"]
for b in cases:
    for err in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, err, ascii(codecs.unicode_escape_decode(b, err)))
        except UnicodeDecodeError as e:
            print(b, err, e, e.start, e.end, e.encoding)


def handler(e):
    return ("<%d:%d>" % (e.start, e.end), e.end)


codecs.register_error("mark", handler)
print(codecs.unicode_escape_decode(b"a\\xZZb\\u1", "mark"))
try:
    b"\\x1".decode("unicode_escape")
except UnicodeDecodeError as e:
    print(e)
