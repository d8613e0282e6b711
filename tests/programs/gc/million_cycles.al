# Creates and drops 1.2 million small cycles (list <-> dict pairs, dicts
# referring to themselves, closures referring to themselves) while keeping a
# few thousand alive; with a collector, memory stays flat.


def make_closure(n):
    def again():
        return again, n
    return again


def churn(rounds):
    keep = []
    total = 0
    for i in range(rounds):
        a = [i]
        b = {"peer": a, "n": i}
        a.append(b)
        d = {}
        d["self"] = d
        g = make_closure(i)
        total += len(a) + b["n"] % 3 + len(d) + g()[1] % 2
        if i % 150 == 0:
            keep.append((a, b, d, g))
    return total, keep


total, keep = churn(400000)
print(total, len(keep))
print(sum(len(a) for a, b, d, g in keep), keep[-1][3]()[1], keep[5][1]["n"])
