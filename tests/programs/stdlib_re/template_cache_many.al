import re
words = ["alpha", "beta", "gamma"] * 50
text = " ".join(words)
total = 0
for w in set(words):
    total += len(re.findall(r"\b%s\b" % w, text))
print(total)
print(re.sub(r"(\w+)", r"<\1>", text)[:40])
counts = {}
for m in re.finditer(r"\w+", text):
    counts[m.group()] = counts.get(m.group(), 0) + 1
print(sorted(counts.items()))
