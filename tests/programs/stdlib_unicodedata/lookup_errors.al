import unicodedata

for n in ["xyz", "", "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00",
          "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-0340",
          "CJK UNIFIED IDEOGRAPH-4E00X", "hangul syllable ga", "HANGUL SYLLABLE",
          "HANGUL SYLLABLE X", "LATIN  SMALL LETTER A", " BULLET", "BULLET ",
          "CJK COMPATIBILITY IDEOGRAPH-0F900", "\u00e9", "A" * 256, "A" * 257, "B" * 1000]:
    try:
        print(ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print("KeyError", e)
for bad in [1, None, bytearray(b"BULLET"), 2.5]:
    try:
        unicodedata.lookup(bad)
    except TypeError as e:
        print("TypeError", e)
