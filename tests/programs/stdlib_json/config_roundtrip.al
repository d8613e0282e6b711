# A settings file in JSON: written with indent and sort_keys, read back
# equal; compact separators; a default= hook for sets and custom objects;
# object_hook and object_pairs_hook to rebuild them; ensure_ascii on text
# with accents and emoji; what round trips change (tuples, int keys).
import json


class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"


def encode(obj):
    if isinstance(obj, set):
        return {"__set__": sorted(obj)}
    if isinstance(obj, Color):
        return {"__color__": [obj.r, obj.g, obj.b]}
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode(d):
    if "__set__" in d:
        return set(d["__set__"])
    if "__color__" in d:
        return Color(*d["__color__"])
    return d


settings = {
    "name": "Café ☕ 🚀",
    "size": [1024, 768],
    "ratio": 1.5,
    "tags": {"b", "a", "c"},
    "theme": {"fg": Color(255, 255, 255), "bg": Color(0, 0, 0), "alpha": None},
    "enabled": True,
    3: "int key",
}
with open("settings.json", "w") as f:
    json.dump(settings, f, indent=2, sort_keys=False, default=encode)
text = open("settings.json").read()
print(text)
back = json.load(open("settings.json"), object_hook=decode)
print(back["tags"], back["theme"], back["3"], back["size"], type(back["size"]).__name__)
print(json.dumps(settings, default=encode, separators=(",", ":"), ensure_ascii=False)[:60])
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent="\t"))
print(json.dumps([1, [2, []], {}], indent=0), json.dumps("é\u2028\x00"), json.dumps("é", ensure_ascii=False))
pairs = json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list)
print(pairs, json.loads('{"z": 1, "a": 2, "z": 3}'))
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2, True: 3, None: 4, 1.5: 5})))
print(json.dumps(float("inf")), json.loads("NaN"), json.loads("-Infinity"), json.dumps(10 ** 30), json.loads("1e400"))
for bad in [lambda: json.dumps({"s": {1, 2}}), lambda: json.dumps(settings, default=encode, allow_nan=False) and json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(Color(1, 2, 3))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
