# KeyError messages for str, int, tuple and None keys; `in` and `not in`.
d = {"apple": 3, 4: "four", (1, 2): "pair"}
for key in ["banana", 5, (2, 1), None, "", 4.5]:
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
print("apple" in d, "Apple" in d, 4 in d, 4.0 in d, (1, 2) in d, "pair" not in d)
try:
    del d["nothing"]
except KeyError as e:
    print("KeyError on del:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] in d)
except TypeError as e:
    print("TypeError:", e)
