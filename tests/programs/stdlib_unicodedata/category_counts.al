import unicodedata

# Every 5th code point; alc keeps U+10D800..U+10DFFF to store lone
# surrogates (docs/language.md).
counts = {}
for cp in range(0, 0x110000, 5):
    if 0x10D800 <= cp < 0x10E000:
        continue
    k = unicodedata.category(chr(cp))
    counts[k] = counts.get(k, 0) + 1
for k in sorted(counts):
    print(k, counts[k])
