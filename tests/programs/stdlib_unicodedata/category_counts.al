import unicodedata

# alc keeps U+10D800..U+10DFFF to store lone surrogates (docs/language.md).
counts = {}
for cp in list(range(0x10D800)) + list(range(0x10E000, 0x110000)):
    k = unicodedata.category(chr(cp))
    counts[k] = counts.get(k, 0) + 1
for k in sorted(counts):
    print(k, counts[k])
