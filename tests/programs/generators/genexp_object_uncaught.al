# An uncaught error inside a generator expression object.
g = (1 / (3 - x) for x in range(5))
for v in g:
    print(v)
