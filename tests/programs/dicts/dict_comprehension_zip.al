# dict comprehensions, dict(zip(...)), dict() with keyword args and pairs.
keys = ["one", "two", "three"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
print({k: v for k, v in zip(keys, vals) if v != 2})
print({n: n * n for n in range(6)})
print({c: ord(c) for c in "abcabc"})
print({v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()})
print(dict(a=1, b=2), dict([("p", 1), ("q", 2)]), dict({"m": 0}, n=1), dict())
print(dict(zip("abc", range(10))), dict(zip(range(3), "xyz")))
inv = {}
for word in "the cat sat on the mat with the hat".split():
    inv.setdefault(len(word), []).append(word)
print(inv)
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
try:
    dict([("a", 1), ("b",)])
except ValueError as e:
    print("ValueError:", e)
