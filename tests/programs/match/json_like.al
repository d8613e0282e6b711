# Validating and transforming JSON-like data with mapping patterns,
# nested sequence patterns, self-matching builtins and **rest.
def describe(doc):
    match doc:
        case {"type": "user", "name": str(name), "age": int(age)} if age >= 18:
            return f"adult user {name} ({age})"
        case {"type": "user", "name": str(name), "age": int(age)}:
            return f"minor user {name} ({age})"
        case {"type": "user", "name": name}:
            return f"user with a strange record: {name!r}"
        case {"type": "group", "members": [first, *others]}:
            return f"group led by {first} with {len(others)} others"
        case {"type": "group", "members": []}:
            return "empty group"
        case {"type": "point", "coords": [x, y] | (x, y) | {"x": x, "y": y}}:
            return f"point at {x},{y}"
        case {"type": kind, **extra} if extra:
            return f"unknown {kind} with {sorted(extra)}"
        case {"type": kind}:
            return f"bare {kind}"
        case {}:
            return "untyped object"
        case [*elements]:
            return f"array of {len(elements)}: " + "; ".join(describe(e) for e in elements)
        case str() | int() | float() | bool() | None:
            return f"scalar {doc!r}"
        case _:
            return "???"


docs = [
    {"type": "user", "name": "ada", "age": 36},
    {"type": "user", "name": "tim", "age": 12},
    {"type": "user", "name": 42, "age": "old"},
    {"type": "group", "members": ["ada", "bob", "cy"]},
    {"type": "group", "members": []},
    {"type": "point", "coords": [1, 2]},
    {"type": "point", "coords": (3, 4)},
    {"type": "point", "coords": {"x": 5, "y": 6, "z": 7}},
    {"type": "widget", "color": "red", "size": 3},
    {"type": "widget"},
    {"name": "nobody"},
    [{"type": "x"}, 5, "s", None, [1.5, True]],
    3.25,
    {1, 2},
]
for d in docs:
    print(describe(d))


def merge_config(cfg):
    match cfg:
        case {"defaults": {**defaults}, "overrides": dict(overrides), **others}:
            merged = dict(defaults)
            merged.update(overrides)
            return merged, others
        case _:
            return None


print(merge_config({"defaults": {"a": 1, "b": 2}, "overrides": {"b": 3}, "v": 1, "w": [2]}))
print(merge_config({"defaults": [], "overrides": {}}))
