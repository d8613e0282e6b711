import unicodedata

for f in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    for c in ("a", "\u00b2", "\u00bd"):
        try:
            print(f.__name__, ascii(c), f(c))
        except ValueError as e:
            print(f.__name__, ascii(c), "ValueError:", e)
    print(f("x", "default"), f("x", 0))
