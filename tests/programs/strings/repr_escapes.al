# repr of strings: quote choice and escapes, as CPython prints them.
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline", "tab\t", "cr\r",
        "\x00\x01\x1f", "\x7f\x80\x9f\xa0", "\xff", "é", "\u2028", "\U0001F600", "", "'", '"']
for v in vals:
    print(repr(v))
print(vals[:4])
print(str("it's"), str(["it's"]))
print(repr(repr("x")), repr(str(1)), repr("é"))
