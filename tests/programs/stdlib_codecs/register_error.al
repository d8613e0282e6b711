import codecs

def mark(e):
    return ("<%s %d-%d>" % (type(e).__name__, e.start, e.end), e.end)

codecs.register_error("mark", mark)
print("a\u00e9\u20acb".encode("ascii", "mark"))
print("a\u00e9\u20acb".encode("latin-1", "mark"))
print(b"a\xff\xfeb".decode("utf-8", "mark"))
print(b"a\x80b".decode("ascii", "mark"))
print("x\ud800y".encode("utf-16-le", "mark"))
print(codecs.lookup_error("mark") is mark)

def skip_all(e):
    return ("", len(e.object))

codecs.register_error("skip_all", skip_all)
print("ab\u00e9cd".encode("ascii", "skip_all"), b"ab\xffcd".decode("utf-8", "skip_all"))

def back(e):
    return ("?", -1)

codecs.register_error("back", back)
print("ab\u00e9c".encode("ascii", "back"))

def as_bytes(e):
    return (b"[%d]" % e.start, e.end)

codecs.register_error("as_bytes", as_bytes)
print("a\u00e9b".encode("ascii", "as_bytes"))
