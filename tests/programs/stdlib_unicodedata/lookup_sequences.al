import unicodedata

for n in ["LATIN SMALL LETTER R WITH TILDE", "latin capital letter a with macron and grave",
          "KEYCAP DIGIT ONE", "TAMIL SYLLABLE KSSA", "BENGALI LETTER KHINYA",
          "HIRAGANA LETTER BIDAKUON NGA"]:
    s = unicodedata.lookup(n)
    print(n, ascii(s), len(s))
