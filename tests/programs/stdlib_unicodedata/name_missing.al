import unicodedata

for c in ["\x00", "\x1f", "\x7f", "\ue000", "\U000F0000", "\ud800", "\u0378", "\U00017000"]:
    print(ascii(c), unicodedata.name(c, None), unicodedata.name(c, "?"))
    try:
        unicodedata.name(c)
    except ValueError as e:
        print("ValueError:", e)
