# Lambdas: defaults, closures, immediately invoked, in data structures, sort keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "called")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
pts = [(3, -1), (1, 5), (-2, 2)]
print(sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(list(map(lambda s: s.upper(), ["a", "b"])), (lambda x, *, y: x - y)(5, y=2))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(type(square).__name__, square.__name__, (lambda: 0).__name__)
