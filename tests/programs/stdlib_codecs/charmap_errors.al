import codecs

def show(f, *args):
    try:
        print(f(*args))
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print(" ", e.encoding, e.start, e.end, e.reason)

show(codecs.charmap_encode, "a", "strict", {97: 300})
show(codecs.charmap_encode, "ab", "strict", {97: 3})
show(codecs.charmap_encode, "a", "strict", {97: "x"})
show(codecs.charmap_decode, b"a", "strict", {97: 3.0})
show(codecs.charmap_decode, b"ab", "strict", "x")
show(codecs.charmap_decode, b"\x00\x01", "strict", "x\ufffe")
show(codecs.charmap_encode, "abc", "replace", {97: b"XY"})
show(codecs.charmap_encode, "abcd", "strict", {97: 1, 100: 2})
show(codecs.charmap_encode, "abcd", "xmlcharrefreplace", {97: 1, 100: 2, 35: 35, 38: 38, 59: 59, 57: 57, 56: 56})
show(codecs.charmap_decode, b"a", "strict", {97: 0x110000})
show(codecs.charmap_decode, b"a", "strict", {97: 0xFFFE})
show(codecs.charmap_encode, "a\u0100b", "backslashreplace", {97: 97, 98: 98, 92: 92, 120: 120, 117: 117, 48: 48, 49: 49})
