import unicodedata

for c in "a\u00e9\u00c5\u212b\ufb01\u00bd\u2460\u1e9b\u00a0\uff21\u3300\uac00\u0344\u2126\u01c4\u00b2\u0958\U0001d400\u32ff":
    print(ascii(c), repr(unicodedata.decomposition(c)))
