# Grade book: averages, letter grades, ranking with ties, and per-assignment stats.
scores = {
    "ana": [88, 92, 79, 95],
    "ben": [72, 65, 80, 70],
    "cai": [95, 98, 100, 91],
    "dev": [60, 58, 71, 49],
    "eli": [88, 90, 83, 91],
}
weights = [0.2, 0.2, 0.25, 0.35]

def weighted(xs):
    return sum(x * w for x, w in zip(xs, weights))

def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"

results = {name: round(weighted(xs), 2) for name, xs in scores.items()}
ranked = sorted(results.items(), key=lambda kv: -kv[1])
prev, rank = None, 0
for i, (name, avg) in enumerate(ranked, 1):
    if avg != prev:
        rank = i
    prev = avg
    print(f"{rank}. {name:<4} {avg:6.2f} {letter(avg)}")
dist = {}
for avg in results.values():
    g = letter(avg)
    dist[g] = dist.get(g, 0) + 1
print(dict(sorted(dist.items())))
for j in range(len(weights)):
    col = [xs[j] for xs in scores.values()]
    mean = sum(col) / len(col)
    spread = max(col) - min(col)
    print(f"assignment {j + 1}: mean={mean:.1f} min={min(col)} max={max(col)} spread={spread}")
improved = [n for n, xs in scores.items() if xs[-1] > xs[0]]
print("improved:", improved)
print("class average:", round(sum(results.values()) / len(results), 3))
