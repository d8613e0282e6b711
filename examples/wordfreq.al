# A small real program: word frequencies of a text, with the top words.
text = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def words(s):
    out = []
    for raw in s.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            out.append(w)
    return out


counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>8} {n:3d} {'#' * n}")
print(len(counts), "distinct words,", sum(counts.values()), "in all")
