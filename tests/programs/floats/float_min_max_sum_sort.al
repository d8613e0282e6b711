# min/max/sum/sorted over floats with mixed ints, infinities and negative zero.
vals = [2.5, -1, 3, 0.0, -0.0, 1e-300, -1e300, 7.25]
print(min(vals), max(vals), sum(vals), sorted(vals))
print(sorted(vals, reverse=True))
print(sorted([1.5, 1, 1.0, True, 0.5]))
print(max([float("-inf"), -1e308]), min([float("inf"), 1e308]))
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]))
print(sum(range(10), 0.5), sum([], 0.0), sum([0.5, 0.25], 1))
