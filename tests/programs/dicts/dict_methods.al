# get / keys / values / items / pop / setdefault / update / popitem / copy / clear.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 0))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"a": -1, "x": 9})
d.update([("y", 8), ("z", 7)])
d.update(w=6, a=-2)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d)
c.clear()
print(c, len(c), bool(c), bool(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys([1, 2], "v"), dict.fromkeys(range(3)))
