import cmath
inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0, inf, nan, 1e-320, 1e300]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for a in parts:
        for b in parts:
            try:
                w = f(complex(a, b))
                out.append(repr(w))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, " ".join(out))
for a in parts:
    row = []
    for b in parts:
        try:
            row.append(repr(cmath.rect(a, b)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print("rect", " ".join(row))
