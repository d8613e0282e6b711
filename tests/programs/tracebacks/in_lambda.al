# An exception inside a lambda called through sorted().
records = [("b", 2), ("a", None), ("c", 1)]
print(sorted(records[::2], key=lambda r: r[1] * 2))
print(sorted(records, key=lambda r: r[1] * 2))
