# A structural diff of two JSON documents: both are parsed with json.loads,
# walked recursively, and differences are reported by JSON path; the patch
# is emitted as compact JSON and applied to rebuild the second document.
import json

old_doc = """{
  "name": "service", "version": 3, "enabled": true,
  "ports": [80, 443, 8080],
  "limits": {"cpu": 1.5, "memory": "512M", "burst": null},
  "owners": [{"id": 1, "role": "admin"}, {"id": 2, "role": "dev"}]
}"""
new_doc = """{
  "name": "service", "version": 4, "enabled": true,
  "ports": [80, 443],
  "limits": {"cpu": 2, "memory": "512M", "disk": "10G"},
  "owners": [{"id": 1, "role": "owner"}, {"id": 2, "role": "dev"}],
  "tags": ["beta", "\\u00e9t\\u00e9"]
}"""


def diff(a, b, path="$"):
    if type(a) is not type(b):
        return [("change", path, a, b)]
    if isinstance(a, dict):
        out = []
        for k in sorted(a.keys() | b.keys()):
            p = f"{path}.{k}"
            if k not in b:
                out.append(("remove", p, a[k], None))
            elif k not in a:
                out.append(("add", p, None, b[k]))
            else:
                out.extend(diff(a[k], b[k], p))
        return out
    if isinstance(a, list):
        out = []
        for i in range(max(len(a), len(b))):
            p = f"{path}[{i}]"
            if i >= len(b):
                out.append(("remove", p, a[i], None))
            elif i >= len(a):
                out.append(("add", p, None, b[i]))
            else:
                out.extend(diff(a[i], b[i], p))
        return out
    return [] if a == b else [("change", path, a, b)]


a, b = json.loads(old_doc), json.loads(new_doc)
changes = diff(a, b)
for op, path, x, y in changes:
    print(f"{op:<7}{path:<22}{json.dumps(x):>12} -> {json.dumps(y, ensure_ascii=False)}")
patch = json.dumps([[op, path, y] for op, path, _, y in changes], separators=(",", ":"))
print(patch)


def apply(doc, patch):
    doc = json.loads(json.dumps(doc))
    for op, path, value in reversed(json.loads(patch)):
        steps = path[2:].replace("[", ".[").split(".")
        parent = doc
        for s in steps[:-1]:
            parent = parent[int(s[1:-1])] if s.startswith("[") else parent[s]
        last = steps[-1]
        key = int(last[1:-1]) if last.startswith("[") else last
        if op == "remove":
            del parent[key]
        elif op == "add" and isinstance(parent, list):
            parent.insert(key, value)
        else:
            parent[key] = value
    return doc


print(apply(a, patch) == b, diff(b, b), json.dumps(diff(1, 1.0)))
