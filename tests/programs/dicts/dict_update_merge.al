# Merging dicts with update, | and |=, and ** unpacking.
base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 30}
m = base | extra
print(m, base | {}, {} | extra)
base |= {"z": 26}
print(base)
print({**base, **extra}, {**extra, "a": 0, **{"d": 4}})
copy = dict(base)
copy.update(extra, e=5)
print(copy)
merged = {}
for d in [{"x": 1}, {"y": 2}, {"x": 3}]:
    merged.update(d)
print(merged)
try:
    base | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
