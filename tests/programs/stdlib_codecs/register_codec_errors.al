import codecs

def search(name):
    if name == "bad_tuple":
        return (1, 2, 3)
    if name == "to_str":
        return codecs.CodecInfo(lambda s, e="strict": (s, len(s)), lambda b, e="strict": (b, len(b)), name="to-str")
    if name == "no_pair":
        return codecs.CodecInfo(lambda s, e="strict": s.encode(), lambda b, e="strict": "x", name="no-pair")
    if name == "binary":
        return codecs.CodecInfo(lambda s, e="strict": (b"", 0), lambda b, e="strict": ("", 0), name="binary",
                                _is_text_encoding=False)
    return None

codecs.register(search)
tests = [
    lambda: codecs.lookup("bad-tuple"),
    lambda: "x".encode("to-str"),
    lambda: b"x".decode("to-str"),
    lambda: "x".encode("no-pair"),
    lambda: b"x".decode("no-pair"),
    lambda: "x".encode("binary"),
    lambda: codecs.encode("x", "binary"),
    lambda: codecs.encode("x", "to-str"),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
