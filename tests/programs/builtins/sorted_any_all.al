# sorted with all argument forms, any/all on many iterables.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: "x", 1: "y"}), sorted({5, 4}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([], reverse=True))
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted([[2, 1], [1, 2], [1]]))
print(any([0, 0, 1]), any([]), any("") , any([0.0, None, ""]), any({0: 1}), any(x for x in [0, 2]))
print(all([1, 2, 3]), all([]), all([1, 0]), all("abc"), all([[]]), all(range(1, 5)), all(range(0, 5)))
