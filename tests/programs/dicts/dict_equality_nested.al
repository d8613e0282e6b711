# Dict equality ignores order; nested dicts and lists; copy is shallow.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0})
c = a.copy()
c["y"].append(3)
print(a, c)
cfg = {"db": {"host": "localhost", "port": 5432}, "debug": False, "tags": ["a", "b"]}
cfg["db"]["port"] += 1
cfg["tags"] += ["c"]
print(cfg)
print(cfg["db"].get("user", "root"), cfg.get("db", {}).get("host"))
total = 0
for section, value in cfg.items():
    if isinstance(value, dict):
        for k2, v2 in value.items():
            print(section + "." + k2, "=", v2)
            total += 1
print(total)
try:
    print({1: 2} < {1: 2})
except TypeError as e:
    print("TypeError:", e)
