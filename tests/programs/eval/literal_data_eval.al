# Data written as Python literals (repr) and read back with eval: round
# trips of nested structures, special floats, and rejecting code.
import math

records = [
    {"id": 1, "tags": ("a", "b"), "score": 3.5, "ok": True, "note": None},
    {"id": 2, "tags": (), "score": -0.0, "ok": False, "note": "it's \"quoted\"\n"},
    {"id": 3, "nested": [[1, 2], {"k": {3, 4}}], "big": 2 ** 70, "c": 1 + 2j},
    {"bytes": b"\x00\xff", "fs": frozenset({1}), "e": [], "d": {}},
]
text = "\n".join(repr(r) for r in records)
back = [eval(line, {"__builtins__": {"frozenset": frozenset, "set": set}}) for line in text.splitlines()]
print(back == records)
for r in back:
    print(r)

specials = [float("inf"), -float("inf"), 1e300 * 10]
s = repr(specials)
print(s, eval(s, {"inf": math.inf}))
nan = eval(repr(float("nan")), {"nan": math.nan})
print(nan != nan)

for snippet in ["__import__('os').getcwd()", "[x for x in range(3)]", "(lambda: 1)()"]:
    try:
        print(snippet, "->", eval(snippet, {"__builtins__": {}}))
    except NameError as e:
        print(snippet, "-> NameError", e)
