# Set equality with frozenset, subset chains, min/max/sum/sorted over sets, bool.
a = {1, 2}
b = {1, 2, 3}
print(a < b < {1, 2, 3, 4}, a == frozenset(a), set() == frozenset(), set() < a)
print(min(b), max(b), sum(b), sorted(b, reverse=True), list(sorted({"b", "a"})))
print(bool(set()), bool({0}), len(set("aaaa")), {1, 2} == {2, 1}, {1, 2} != {1, 2, 3})
print(set([1, 2, 3]) - set([2]) | set([5]) & set([5, 6]) ^ set([6]))
print({1, 2, 3} > {1, 2, 4}, {1, 2, 3} >= {1, 2, 4}, {1, 2, 3} <= {1, 2, 4})
print(sorted({-3, 7, 0}, key=abs), all(x > 0 for x in {1, 2}), any(x < 0 for x in {1}))
