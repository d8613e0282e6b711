# Dict views print, are dynamic, support len, in, iteration and set operations on keys.
d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
d["z"] = 3
print(k, v, it, len(k), len(v), len(it))
print("x" in k, 2 in v, ("y", 2) in it, ("y", 3) in it)
del d["x"]
print(k, v, it)
print(k & {"y", "q"}, k | {"a"} == {"a", "y", "z"}, k - {"y"}, sorted(k ^ {"y", "w"}))
print(list(reversed(d.keys())), sorted(d.values(), reverse=True))
print(d.keys() == {"y", "z"}, list(d.items())[0])
for key in d.keys():
    print(key, d[key])
print({}.keys(), {}.values(), {}.items())
