# map/filter/zip/enumerate/reversed as builtins, materialized into lists.
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(str.isdigit, ["1", "a", "22"])), list(filter(lambda x: x > 1, (0, 1, 2, 3))))
print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip("ab")), list(zip([], [1])))
print(list(enumerate([])), list(enumerate("ab", -1)), list(enumerate(range(3), start=5)))
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("xy")), list(reversed({"a": 1, "b": 2})))
print(dict(enumerate("ab")), dict(zip("ab", map(ord, "ab"))), sum(map(int, "12345")))
print(list(map(len, ["", "a", "ab"])), list(map(str, range(3))), list(map(int, ["-1", " 2 "])))
