import unicodedata

for c in "a\u0300\u0301\u0327\u05b0\u0e38\u3099\u20d0()<>[]\u2208\u00ab\u0f3a":
    print(ascii(c), unicodedata.combining(c), unicodedata.mirrored(c))
print(type(unicodedata.mirrored("(")).__name__)
