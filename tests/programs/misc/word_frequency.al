# Word frequency count over a small corpus, with normalization and ranked output.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

def normalize(word):
    return "".join(c for c in word.lower() if c.isalpha())

def count_words(text):
    counts = {}
    for raw in text.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts

def top_n(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

counts = count_words(TEXT)
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
for rank, (word, c) in enumerate(top_n(counts, 6), 1):
    bar = "*" * c
    print(f"{rank:>2}. {word:<8} {c:>3} {bar}")
singles = sorted(w for w, c in counts.items() if c == 1)
print("once:", ", ".join(singles))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
first_letters = {}
for w, c in counts.items():
    first_letters[w[0]] = first_letters.get(w[0], 0) + c
print(sorted(first_letters.items()))
