# A vector class whose arithmetic dunders are generated from a table of
# operators as source text, the way many libraries stamp out methods.
OPS = [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"),
       ("floordiv", "//"), ("mod", "%"), ("pow", "**")]

methods = []
for name, sym in OPS:
    methods.append(f"""
    def __{name}__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a {sym} b for a, b in zip(self.items, other.items)])
        return Vec(*[a {sym} other for a in self.items])

    def __r{name}__(self, other):
        return Vec(*[other {sym} a for a in self.items])
""")
src = "class Vec:\n" + """
    def __init__(self, *items):
        self.items = list(items)

    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.items)) + ")"

    def __eq__(self, other):
        return isinstance(other, Vec) and self.items == other.items

    def __neg__(self):
        return Vec(*[-a for a in self.items])

    def __len__(self):
        return len(self.items)
""" + "".join(methods)

ns = {}
exec(src, ns)
Vec = ns["Vec"]
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v - w, v * w, w / v, w // v, w % v, v ** 2)
print(10 - v, 2 ** v, 12 / Vec(1, 2, 4), -v, len(v))
print(v + 1 == Vec(2, 3, 4), v == [1, 2, 3])
print(sorted(n for n in vars(Vec) if n.startswith("__r")))
