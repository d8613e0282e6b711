# dict subclasses: a Counter with __missing__, a default-factory dict and a
# case-insensitive dict overriding __getitem__/__setitem__/__contains__.
class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for x in items:
            self[x] += 1
        return self

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked if n is None else ranked[:n]

    def __add__(self, other):
        out = Counter(self)
        for k, v in other.items():
            out[k] += v
        return out

    def __repr__(self):
        return f"Counter({dict.__repr__(self)})"


words = "the cat and the hat and the bat".split()
c = Counter().add(words)
print(c, c["the"], c["dog"], "dog" in c, len(c))
print(c.most_common(2), list(c.keys())[:3], sum(c.values()))
both = c + Counter().add(["cat", "cow"])
print(both, type(both).__name__, isinstance(both, dict))
print(c.get("zebra"), c.get("cat"), sorted(c), dict(c) == c)


class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


groups = DefaultDict(list)
for w in words:
    groups[len(w)].append(w)
print(groups, groups.factory is list, len(groups))
nested = DefaultDict(lambda: DefaultDict(int))
nested["a"]["x"] += 2
nested["b"]["y"] -= 1
print({k: dict(v) for k, v in nested.items()})


class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def __delitem__(self, key):
        super().__delitem__(key.lower())


h = CaseInsensitive()
h["Content-Type"] = "text/html"
h["ACCEPT"] = "*/*"
print(h, h["content-type"], "accept" in h, "Accept" in h, list(h))
del h["CONTENT-TYPE"]
print(h, len(h))
try:
    h["Missing"]
except KeyError as e:
    print("KeyError:", e)
h.update({"X-Mixed": 1})
print(h, "x-mixed" in h)
