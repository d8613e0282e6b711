import unicodedata

for c in " aZ~\u00e9\u00ff\u0100\u2022\u20ac\u2603\u4e00\u9fff\u3400\U00020000\uac00\ud7a3\uac01\uf900\U0002f800\U00018b00\U0001b170\U0001F600\U000E0001\ufeff\u00a0":
    print(ascii(c), unicodedata.name(c))
