# Rich comparisons and their reflections: a < b tries b.__gt__(a) when
# a.__lt__ returns NotImplemented; subclasses' reflections go first.
class Version:
    def __init__(self, text):
        self.parts = tuple(map(int, text.split(".")))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def _coerce(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return None

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts == o

    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts < o

    def __gt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts > o

    def __le__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts <= o

    def __ge__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts >= o

    __hash__ = None


a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a == "1.2", "1.2" == a, "1.3" > a, "1.0" <= a, a != "1.2", "2.0" != a)
print(sorted([Version("2.0"), a, b, Version("0.9")]), max(a, b), min([b, a]))
print(a == 1.2, 1.2 == a, a != None, None == a, a < b < Version("3"))
for op in [lambda: a < 3, lambda: 3 >= a, lambda: a > [1]]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)


class Loud:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented


class LouderChild(Loud):
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name}) [child]")
        return True


x, y, c = Loud("x"), Loud("y"), LouderChild("c")
print(x < c)
print(x == y)
print(x != y)
print(c > x)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)
print(x == x, x != x)
