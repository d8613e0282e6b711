import unicodedata

print(unicodedata.lookup("LATIN SMALL LETTER A"))
unicodedata.lookup("NO SUCH CHARACTER NAME")
