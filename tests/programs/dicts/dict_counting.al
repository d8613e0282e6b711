# Counting and grouping patterns with get, setdefault and `in`.
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_count = {}
for w, c in counts.items():
    by_count.setdefault(c, []).append(w)
print(by_count)
letters = {}
for ch in text.replace(" ", ""):
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(counts), sum(counts.values()), max(counts.values()))
