# A set subclass used as a tag collection: built-in set operations accept it.
class TagSet(set):
    def __init__(self, tags=()):
        super().__init__([t.lower() for t in tags])

    def add(self, tag):
        super().add(tag.lower())

    def __repr__(self):
        return "TagSet(" + ", ".join(sorted(self)) + ")"


a = TagSet(["Python", "rust", "GO"])
b = TagSet(["go", "c", "Rust"])
a.add("ZIG")
print(a, len(a), "zig" in a, "ZIG" in a)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | b).__name__, a <= a, a < a | b, a >= {"go"}, a.issubset(a | b), a.isdisjoint({"x"}))
print(sorted(a.union(["x"])), sorted(a.intersection(b)), sorted({"go", "java"} & a), sorted({"go"} | b))
print(a == {"python", "rust", "go", "zig"}, {"python", "rust", "go", "zig"} == a, a != b)
c = TagSet()
c |= a
c -= {"python"}
print(c, type(c).__name__, sorted(c))
print(set(a) == a, frozenset(b) == b, sorted(list(b)), max(b), min(b))
x = set(a)
x.update(b)
x.difference_update(TagSet(["C"]))
print(sorted(x), sorted(set().union(a, b)), len(set.intersection(a, b)))
print(bool(TagSet()), bool(a), isinstance(a, set), TagSet.__mro__)
d = {frozenset(a): 1}
print(d[frozenset(["go", "rust", "python", "zig"])])
e = TagSet(["q"])
e.discard("q")
print(e, e == set(), len(e))


class Frozen(frozenset):
    def describe(self):
        return "{" + ",".join(sorted(self)) + "}"


fz = Frozen("abc")
print(fz.describe(), len(fz), "a" in fz, sorted(fz | {"d"}), {fz: 1}[frozenset("cab")], hash(fz) == hash(frozenset("abc")))
print(sorted(fz & set("bcd")), fz == frozenset("abc"), type(fz & {"a"}).__name__)
