import unicodedata

counts = {}
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = 0
    for cp in range(0x00, 0x3000):
        if 0xD800 <= cp < 0xE000:
            continue
        if not unicodedata.is_normalized(form, chr(cp)):
            n += 1
    counts[form] = n
print(counts)
