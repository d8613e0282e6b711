import unicodedata

samples = ["caf\u00e9", "cafe\u0301", "\u212b", "A\u030a", "\ufb01", "\u00bd", "\u2460",
           "\u1e9b\u0323", "\uac00\u11a8", "\u1100\u1161\u11a8", "\u0041\u0301\u0327",
           "\u0041\u0327\u0301", "\u0958", "\u00c7\u0301", "\u3300", "\uff76\uff9e",
           "e\u0301\u0301", "\u0344", "\u0f73", "\U0001d400", ""]
for s in samples:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        r = unicodedata.normalize(form, s)
        print(form, ascii(s), ascii(r), unicodedata.is_normalized(form, s))
