# Tuples of every size class, from empty to ones bigger than the largest
# class (a block of their own), built by slicing, concatenation, repetition
# and tuple(); checked after many collections.
sizes = [0, 1, 2, 3, 7, 15, 16, 17, 31, 32, 33, 100, 255, 256, 257, 1000, 2047,
         4095, 8187, 8188, 8189, 20000]
kept = []
for n in sizes:
    t = tuple(range(n))
    kept.append(t)
    s = t[1:n - 1]
    c = t + ("end",)
    r = t[:3] * (n // 3 + 1)
    kept.append(c)
    assert len(s) == max(0, n - 2)
    assert len(r) == len(t[:3]) * (n // 3 + 1)
    if n:
        assert t[-1] == n - 1 and c[-1] == "end" and c[n - 1] == n - 1
    print(n, len(t), len(s), len(c), len(r), sum(t), hash(t[:5]) == hash(tuple(range(min(n, 5)))))
# Churn: many short-lived tuples of mixed sizes while the big ones live.
total = 0
for i in range(600):
    t = tuple(range(i % 50))
    u = (t, i, str(i)) + t
    total += len(u) + len(t[::2])
print(total)
for t in kept:
    assert t == tuple(t)
big = kept[-2]
print(len(big), big[0], big[19999], big[-1], big[10000:10003])
print(len((1,) * 30000), ((None,) * 3)[2])
