import unicodedata

class S(str):
    pass

s = S("abc")
print(type(unicodedata.normalize("NFC", s)).__name__)
print(type(unicodedata.normalize("NFD", S("\u00e9"))).__name__)
print(unicodedata.normalize("NFC", "x") == "x")
print(repr(unicodedata.normalize("NFX", "")), unicodedata.is_normalized("bogus", ""))
text = "The quick brown fox: Ελληνικά, русский, 日本語, 한국어, ﬁne ½"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, text)
    print(form, len(n), ascii(n))
    print(unicodedata.normalize(form, n) == n)
