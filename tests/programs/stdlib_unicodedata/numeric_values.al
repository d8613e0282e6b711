import unicodedata

for c in "0579\u0661\u06f3\u0967\u00b2\u00b3\u2460\u2155\u00bd\u00bc\u216b\u4e07\u5146\u0f33\U0001d7ce\u3405x":
    print(ascii(c), unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))
