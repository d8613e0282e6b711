import unicodedata

count = 0
bad = 0
for cp in range(0, 0x30000, 37):
    c = chr(cp)
    n = unicodedata.name(c, None)
    if n is None:
        continue
    count += 1
    if unicodedata.lookup(n) != c:
        bad += 1
print(count, bad)
