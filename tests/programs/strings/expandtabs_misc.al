# Less common str methods: expandtabs, removeprefix/removesuffix, casefold.
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "file.tar.gz".removesuffix(".gz"))
print("abc".removesuffix(""), "".removeprefix("a"))
print("Hello".casefold(), "ß".casefold(), "ǅ".casefold())
print(str.upper("abc"), str.join("-", ["a", "b"]), str.split("a b"))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print(len("hello"), len(""), len("日本"), len("a\tb"))
