import codecs

handlers = {
    "not_tuple": lambda e: "x",
    "wrong_len": lambda e: ("x",),
    "bad_pos": lambda e: ("x", 100),
    "neg_pos": lambda e: ("x", -100),
    "bad_type": lambda e: (1, 2),
    "non_ascii": lambda e: ("\u00e9", e.end),
    "raises": lambda e: 1 / 0,
    "reraise": lambda e: (_ for _ in ()).throw(e),
}
for name, h in handlers.items():
    codecs.register_error(name, h)
for name in handlers:
    for t in [lambda: "a\u00e9".encode("ascii", name), lambda: b"a\xff".decode("utf-8", name)]:
        try:
            print(name, t())
        except Exception as e:
            print(name, type(e).__name__, e)
try:
    codecs.register_error("x", 1)
except TypeError as e:
    print("TypeError", e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("ascii", "nope2")
    "\u00e9".encode("ascii", "nope2")
except LookupError as e:
    print("LookupError", e)
