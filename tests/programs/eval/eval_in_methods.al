# eval and exec called in methods, class bodies and lambdas: what each
# sees without explicit namespaces.
X = "module"


class Calc:
    X = "class attr"
    doubled = eval("X * 2")
    names = eval("sorted(k for k in locals() if not k.startswith('__'))") if False else None
    exec("tripled = X * 3")

    def __init__(self, factor):
        self.factor = factor

    def apply(self, expr):
        return eval(expr)

    def apply_with(self, expr, **extra):
        return eval(expr, globals(), dict(extra, self=self))


print(Calc.doubled, Calc.tripled)
c = Calc(3)
print(c.apply("self.factor * 2"), c.apply("X"), c.apply("[self.factor] * 2"))
print(c.apply_with("self.factor + y", y=10))
f = lambda v: eval("v + 1")
print(f(41))
g = lambda: eval("X")
print(g())
print(sorted(eval("dir()", {}, {"b": 1, "a": 2})))
