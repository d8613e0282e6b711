# Iterating dicts and modifying them safely; error on size change during iteration.
scores = {"ann": 91, "bob": 78, "cid": 85, "dee": 62}
for name in scores:
    print(name, end=" ")
print()
for name, s in sorted(scores.items(), key=lambda kv: -kv[1]):
    print(f"{name}:{s}", end=" ")
print()
passed = {n: s for n, s in scores.items() if s >= 80}
print(passed)
for n in list(scores):
    if scores[n] < 80:
        del scores[n]
print(scores)
try:
    for n in scores:
        scores[n + "2"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(max(scores, key=scores.get), min(scores.values()), sum(scores.values()))
