import codecs

for args in [("\u00e9", "ascii"), (b"\xff", "utf-8"), (1, "utf-8"), ("x", "nope"), ("\u00e9", "latin-1", "bogus")]:
    try:
        print(codecs.encode(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(b"\xff", "utf-8"), (b"\xff", "ascii"), ("x", "utf-8"), (b"x", "nope"), (b"a\x00\x00", "utf-16-le")]:
    try:
        print(codecs.decode(*args))
    except Exception as e:
        print(type(e).__name__, e)
