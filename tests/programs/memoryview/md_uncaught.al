# An uncaught NotImplementedError: a sub-view of a two-dimensional view.
view = memoryview(bytes(range(12))).cast("B", [3, 4])
print(view[2, 3])
row = view[1]
print(row)
