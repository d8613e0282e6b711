# Common idioms written as comprehensions.
text = "Now is the time for all good men to come to the aid of the party"
words = text.lower().split()
freq = {w: words.count(w) for w in words}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print([w for w in words if len(w) == max(len(v) for v in words)])
print(" ".join(w.capitalize() for w in words[:5]))
acronym = "".join(w[0].upper() for w in ["portable", "network", "graphics"])
print(acronym)
pairs = [(i, j) for i in range(4) for j in range(4) if i < j]
print(len(pairs), pairs[-1])
chunks = [list(range(10))[i:i + 3] for i in range(0, 10, 3)]
print(chunks)
flat = [x for chunk in chunks for x in chunk]
print(flat == list(range(10)))
uniq_sorted = sorted({c for c in text.lower() if c.isalpha()})
print("".join(uniq_sorted))
idx = {c: [i for i, ch in enumerate("banana") if ch == c] for c in "ban"}
print(idx)
