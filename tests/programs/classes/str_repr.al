# __str__ and __repr__ in print, str, repr, f-strings, format and containers.
class Both:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return f"Both #{self.n}"

    def __repr__(self):
        return f"Both({self.n})"


class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"


class StrOnly:
    def __str__(self):
        return "str only"


b = Both(1)
print(b)
print(str(b), repr(b))
print(f"{b} {b!r} {b!s} {[b]}")
print([b, Both(2)], (b,), {"k": b}, {1: [b]})
print("%s and %r" % (b, b))
print("{} {!r} {:}".format(b, b, b))
print(ReprOnly(), str(ReprOnly()), [ReprOnly()], f"{ReprOnly()}")
s = StrOnly()
print(s, [str(s)], repr(s).startswith("<__main__.StrOnly object at 0x"))
print(format(b), format(b, ""))
try:
    format(b, "10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{b:>5}"
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)


m = Money(3.14159)
print(f"{m:usd} {m:.3f} {m:>8.1f}|{m}")
print("{:usd}".format(m), format(m, "e"))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


for f in (lambda: repr(BadRepr()), lambda: str(BadRepr()), lambda: str(BadStr()), lambda: print(BadStr())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __repr__(self):
        if self.kids:
            return f"Node({self.v}, {self.kids})"
        return f"Node({self.v})"


print(Node(1, [Node(2), Node(3, [Node(4)])]))
print(str([1, "a", Node(0)]), repr("x"), repr([Node("s")]))
