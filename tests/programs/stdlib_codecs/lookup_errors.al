import codecs

for n in ["nope", "", "utf-9", "x y"]:
    try:
        codecs.lookup(n)
    except LookupError as e:
        print("LookupError", e)
for bad in [1, None, b"utf-8"]:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print("TypeError", e)
