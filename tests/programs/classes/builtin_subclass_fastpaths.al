# Subclasses of str, float and tuple that override operators: the override
# runs even where the compiler would use an inline fast path for the base type.
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)

    def __add__(self, other):
        return Path(str.__add__(self, other))

    def __eq__(self, other):
        return str(self).rstrip("/") == str(other).rstrip("/")

    __hash__ = str.__hash__

    def __len__(self):
        return 1 + str.count(self, "/")

    def __getitem__(self, i):
        return self.split("/")[i]

    def __contains__(self, part):
        return part in self.split("/")


p = Path("usr") / "local" / "bin"
print(p, type(p).__name__, len(p), p[1], p[-1], "local" in p, "loc" in p)
print(p == "usr/local/bin/", p != "usr", p + "/x", type(p + "x").__name__)
for part in Path("a/b"):
    print(part, end=" ")
print()


class Celsius(float):
    def __add__(self, other):
        return Celsius(float(self) + float(other))

    def __lt__(self, other):
        print("  Celsius.__lt__")
        return float(self) < float(other)

    def __mul__(self, other):
        return "scaled"

    def __neg__(self):
        return "negated"

    def __bool__(self):
        return False

    def __str__(self):
        return f"{float(self):.1f}C"


t = Celsius(21.5)
print(t + 1.0, type(t + 1.5).__name__, t * 2, 2.0 * t, -t, t < 30.0, 10.0 < t)
print("truthy" if t else "falsy", not t, t == 21.5, t - 1.5, repr(t))
u = t
u += 2.0
print(u, type(u).__name__)
if t < 22.0:
    print("cold")


class Pair(tuple):
    def __add__(self, other):
        return Pair([tuple.__getitem__(self, k) + other[k] for k in range(2)])

    def __getitem__(self, i):
        return tuple.__getitem__(self, i) * 10

    def __len__(self):
        return 99

    def __eq__(self, other):
        return "eq called"

    __hash__ = tuple.__hash__

    def __iter__(self):
        return iter(["custom", "iter"])

    def __lt__(self, other):
        return "lt called"


q = Pair((1, 2))
print(q + (10, 20), q[0], q[1], len(q), q == (1, 2), q < (0,), list(q))
a, b = q
print(a, b, [x for x in q], tuple(q), max(q))


class Word(str):
    def __mul__(self, n):
        return "-".join([str(self)] * n)

    def __mod__(self, args):
        return "formatted " + str.__mod__(self, args)

    def __lt__(self, other):
        return len(self) < len(other)


w = Word("ab")
print(w * 3, w % (), Word("%d!") % 5, sorted([Word("ccc"), Word("a"), Word("bb")]))
print(w < "z", Word("zzz") < Word("a"), min(Word("xyz"), Word("q")))
