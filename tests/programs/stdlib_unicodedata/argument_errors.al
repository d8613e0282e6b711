import unicodedata

funcs = [unicodedata.category, unicodedata.bidirectional, unicodedata.east_asian_width,
         unicodedata.combining, unicodedata.mirrored, unicodedata.decomposition,
         unicodedata.name, unicodedata.decimal, unicodedata.digit, unicodedata.numeric]
for f in funcs:
    for arg in ["ab", "", 1, b"a", None]:
        try:
            f(arg)
        except TypeError as e:
            print("TypeError", e)
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
    try:
        f("a", "b", "c")
    except TypeError as e:
        print("TypeError", e)
    try:
        f(chr=1)
    except TypeError as e:
        print("TypeError", e)
