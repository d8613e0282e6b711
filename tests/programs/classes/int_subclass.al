# Subclassing int, str and tuple: values behave like the built-in type.
class Level(int):
    def describe(self):
        return "high" if self > 5 else "low"


lv = Level(7)
print(lv, lv + 1, lv * 2, -lv, lv.describe(), Level(2).describe(), repr(lv))
print(type(lv + 1).__name__, isinstance(lv, int), lv == 7, hash(lv) == hash(7))
print(f"{lv:03d}", str(lv), int(lv), float(lv), [1, 2, 3, 4, 5, 6, 7, 8][lv])
print(sorted([Level(3), 1, Level(2)]), max(Level(1), Level(9)))
print(Level("12"), Level(), 10 - lv, lv // 2, lv % 3, 2 ** Level(3))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, n.shout(), len(n), n + "by", n[0], n == "bob", isinstance(n, str), repr(n))
print(f"hi {n}", "x" + n, n * 2, n.title(), sorted([Name("b"), "a"]))
print({n: 1}["bob"])


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 2)
print(p, p.swap(), p[0], len(p), p == (1, 2), list(p), type(p.swap()).__name__)
x, y = p
print(x, y, p + (3,), hash(p) == hash((1, 2)))


class Percent(float):
    def __str__(self):
        return f"{self * 100:.1f}%"


pc = Percent(0.256)
print(pc, repr(pc), pc * 2, f"{pc}", round(pc, 2))
