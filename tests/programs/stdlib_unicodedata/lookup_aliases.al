import unicodedata

for n in ["LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "NBSP", "SHY", "ZWJ",
          "LINE FEED", "LF", "NULL", "NUL", "END OF LINE", "DELETE", "VS1",
          "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET",
          "weierstrass elliptic function", "ESCAPE", "CANCEL CHARACTER"]:
    try:
        c = unicodedata.lookup(n)
        print(n, ascii(c), unicodedata.name(c, None))
    except KeyError as e:
        print(n, "KeyError", e)
