# popitem is LIFO; setdefault on present keys keeps order; pop then reinsert moves to end.
d = {c: i for i, c in enumerate("abcdef")}
while len(d) > 2:
    print(d.popitem(), end=" ")
print(d)
d.setdefault("a", -1)
d.setdefault("q", -1)
print(d)
v = d.pop("a")
d["a"] = v
print(d)
d.update({"b": 100})
print(d, list(d.values()))
