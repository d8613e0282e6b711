# Tuple keys: equal tuples that are different objects find each other,
# and item comparisons that run __eq__ happen in CPython's order.

pairs = {}
prev = ""
for w in ["a", "b", "a", "b", "a", "c", "a", "b"]:
    key = (prev, w)
    if key in pairs:
        pairs[key] = pairs[key] + 1
    else:
        pairs[key] = 1
    prev = w
print(sorted(pairs.items()))

d = {(1, "x"): "int-str", (1, 2, 3): "three", ((1, 2), "n"): "nested", (): "empty"}
print(d[(1, "x")], d[(1, 2, 3)], d[((1, 2), "n")], d[()])
print((1, "y") in d, (1, 2) in d, (1.0, "x") in d, (True, "x") in d)
print(d.get((1, 2, 3.0)), d.get(("x", 1)))

nan = float("nan")
t1 = (nan, 1)
print(t1 in {t1: 1}, (nan, 1) in {t1: 1}, [t1].count(t1), [t1].count((nan, 1)))

class Loud:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Loud) and self.h == other.h

a, b = Loud("a", 5), Loud("b", 5)
table = {("k", a): 1}
print(table.get(("k", b)), table.get(("j", b)), ("k", b) in [("k", a)])
print(("k", a, 1) == ("k", b, 2), ("z", a) == ("k", b))

class S(tuple):
    def __eq__(self, other):
        print("S.__eq__")
        return tuple.__eq__(self, other)
    __hash__ = tuple.__hash__

st = {S((1, 2)): "sub"}
print(st.get((1, 2)), (1, 2) in [S((1, 2))], [(1, 2)].index((1, 2)))
print(((1, 2), [3]) == ((1, 2), [3]), ("a", 1) != ("a", 1), ("a",) == ("a", 1))
