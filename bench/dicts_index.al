# quick: 3000
# Dicts: an inverted index (dict of lists), counting with get and
# setdefault, tuple keys, dict comprehensions, merging, deletion and
# iteration over items in insertion order.
import sys


def words(n):
    syll = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "pe", "zu"]
    out = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(syll[x % 10] + syll[(x >> 8) % 10] + syll[(x >> 16) % 7])
    return out


def index(ws, per_doc):
    inv = {}
    counts = {}
    for pos, w in enumerate(ws):
        inv.setdefault(w, []).append(pos // per_doc)
        counts[w] = counts.get(w, 0) + 1
    return inv, counts


def pairs(ws):
    bigrams = {}
    for i in range(len(ws) - 1):
        k = (ws[i], ws[i + 1])
        if k in bigrams:
            bigrams[k] += 1
        else:
            bigrams[k] = 1
    return bigrams


def churn(counts, rounds):
    d = dict(counts)
    keys = list(d)
    for r in range(rounds):
        for k in keys[r % 7::7]:
            if k in d:
                del d[k]
            else:
                d[k] = r
    return len(d), sum(d.values())


n = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
ws = words(n)
inv, counts = index(ws, 100)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(inv), top)
docs = {w: len(set(p)) for w, p in inv.items()}
print(max(docs.values()), min(docs.values()))
bg = pairs(ws)
print(len(bg), max(bg.values()))
merged = {**counts, **{k: -v for k, v in counts.items() if v % 2}}
print(sum(merged.values()), list(merged)[:3])
print(churn(counts, 300))
