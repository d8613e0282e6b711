import unicodedata

for n in ["BULLET", "bullet", "Latin Small Letter A", "SNOWMAN", "EURO SIGN",
          "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-20000",
          "CJK UNIFIED IDEOGRAPH-04E00", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A",
          "HANGUL SYLLABLE PWILH", "cjk compatibility ideograph-f900",
          "KHITAN SMALL SCRIPT CHARACTER-18B00", "nushu character-1b170",
          "GRINNING FACE", "NO-BREAK SPACE", "SPACE"]:
    print(n, ascii(unicodedata.lookup(n)))
print(ascii(unicodedata.lookup(b"BULLET")))
