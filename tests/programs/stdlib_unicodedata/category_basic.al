import unicodedata

for c in "aA1 ,\n\u00e9\u0301\u2028\u00bd\u4e00\uac00\ue000\U0001F600\u0378$+_(\u00ad\u02b0":
    print(ascii(c), unicodedata.category(c))
