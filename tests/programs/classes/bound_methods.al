# Bound methods are first-class values; functions stored on instances are not bound.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello"):
        return f"{greeting}, {self.name}"


g = Greeter("bob")
m = g.greet
print(m())
print(m("hi"))
print(m(greeting="hey"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(type(m).__name__)
print(g.greet == g.greet, g.greet == Greeter("bob").greet, g.greet is g.greet)
print(Greeter.greet(g, "yo"))

calls = [g.greet, Greeter("amy").greet]
print([f() for f in calls])
print(list(map(Greeter("cy").greet, ["a", "b"])))


def standalone(x):
    return x * 2


g.helper = standalone
print(g.helper(21))
g.fn = lambda: "no self"
print(g.fn())


class HasFuncAttr:
    double = standalone


h = HasFuncAttr()
try:
    print(h.double(5))
except TypeError as e:
    print("TypeError:", e)
print(HasFuncAttr.double(5))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
bump = c.bump
for _ in range(3):
    bump()
print(c.n)
d = {"go": c.bump}
print(d["go"](), c.n)
print(sorted(["bb", "a", "ccc"], key=Greeter("z").greet.__self__.name.count))
print(sorted([Greeter("b"), Greeter("a")], key=lambda g: g.greet())[0].name)
