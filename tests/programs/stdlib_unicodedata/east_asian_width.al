import unicodedata

for c in "a\u4e00\uff21\uff76\u00e9\u00a1\u3000\u0378\U0001F600\uac00\u20a9\u0300":
    print(ascii(c), unicodedata.east_asian_width(c))
