# The error is raised by sum itself, outside the generator expression's
# frame: the traceback has no <genexpr> entry.
values = [1, 2, "three"]
print(sum(v for v in values[:2]))
total = sum(v * 1 for v in values)
