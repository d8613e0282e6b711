# Rich comparisons, their reflections, sorting, and equality defaults.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(b > a, b >= a)
print(a == Version("1.2"), a != Version("1.2"), a == "1.2", a != "1.2")
print(sorted(vs, reverse=True))
print(vs.index(Version("1.2")), vs.count(Version("1.2")), Version("0.9") in vs)
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a > 3
except TypeError as e:
    print("TypeError:", e)


class Loose:
    def __eq__(self, other):
        return "truthy string"


print(Loose() == 1, bool(Loose() == 1), Loose() != 1)
if Loose() == 2:
    print("Loose compares truthy")


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != p, p is p)


class Gt:
    def __gt__(self, other):
        print("Gt.__gt__ called")
        return True


print(1 < Gt(), [1] < Gt())
print(1 < 2 < Version("1.0") if False else "chain skipped")
x = Version("2.0")
print(Version("1.0") < x < Version("3.0"), Version("1.0") < x < Version("1.5"))
