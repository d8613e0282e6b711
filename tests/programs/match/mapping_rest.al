# Mapping patterns: extra keys are allowed, **rest collects them in order
# into a new dict, dict subclasses match, lookups use get() (never
# __missing__), and a subclass's own get() is called.
def route(req):
    match req:
        case {"method": "GET", "path": path, **params}:
            return f"GET {path} {params}"
        case {"method": "POST", "path": path, "body": body}:
            return f"POST {path} {body!r}"
        case {"method": m}:
            return f"unsupported {m}"
        case {**everything}:
            return f"malformed {everything}"


reqs = [
    {"method": "GET", "path": "/", "q": "x", "page": 2},
    {"path": "/a", "method": "GET"},
    {"method": "POST", "path": "/b", "body": [1, 2], "extra": True},
    {"method": "PUT"},
    {"verb": "GET"},
    {},
]
for r in reqs:
    print(route(r))

d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": _, **rest}:
        rest["z"] = 26
        print(rest, d, rest is d)


class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__ called for", key)
        return 0


dd = Defaulting(x=1)
match dd:
    case {"y": y}:
        print("y found?", y)
    case {"x": x, **others}:
        print("x =", x, "others =", others, type(others).__name__)
print(dd["nothing"])


class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        if key == "fake":
            return "made up"
        return super().get(key, default)


lg = Logged(a=1, b=2, c=3)
match lg:
    case {"a": 1, "fake": f, "b": b}:
        print("matched with", f, b)

match lg:
    case {"zz": 1, "a": 1}:
        print("no")
    case {"a": 2}:
        print("no")
    case {"b": 2}:
        print("b is 2")

match {1: "one", True: "dup?", 2.0: "two"}:
    case {1.0: one, 2: two}:
        print("numeric keys:", one, two)

match {"k": None}:
    case {"k": None}:
        print("None value matched")

match {"k": 1}:
    case {"k": None}:
        print("wrong")
    case {"j": None} | {"k": 1}:
        print("or of mappings")
