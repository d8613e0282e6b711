import unicodedata

print(unicodedata.name("a"))
print(unicodedata.name("\x00"))
