# A pattern that fails part-way binds nothing (CPython 3.11 stores the
# captured names only after the whole pattern matched); a failed guard
# leaves the names bound.
match (1, 2, 3):
    case (a, b, 4):
        pass
    case _:
        pass
try:
    print(a)
except NameError as e:
    print("NameError:", e)

match {"x": 1, "y": 2}:
    case {"x": x, "y": 3}:
        pass
    case {"x": 5, "y": y} | {"y": y}:
        pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print("y =", y)

match [1, [2, 3]]:
    case [p, [q, r]] if p + q + r > 100:
        print("too big")
    case _:
        print("guard failed but bindings remain:", p, q, r)

p = q = r = "old"
match [9, [8]]:
    case [p, [q, r]]:
        print("inner sequence too short")
    case [p, [_]] if False:
        pass
print(p, q, r)
