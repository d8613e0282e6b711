import cmath
import random
rng = random.Random(12345)
vals = [complex(0.3, 0.4), complex(-0.7, 0.2), complex(1.0, 1e-10), complex(0.999, 0.0), complex(2.0, -3.0),
        complex(-1e-5, 1e-5), complex(1e200, 1e200), complex(-1e308, 1e-308), complex(1e-310, -1e-310),
        complex(1.2e308, 0.5), complex(-0.5, 1.5e308), complex(700.0, 1.0), complex(-710.0, 2.0),
        complex(709.5, -0.3), complex(1.0, 0.5), complex(0.8, -0.6), 1j, -1j, 1 + 0j, -1 + 0j, 2, -3.5, 0.25]
for _ in range(60):
    e1 = rng.uniform(-30, 30)
    e2 = rng.uniform(-30, 30)
    vals.append(complex(rng.uniform(-1, 1) * 10 ** rng.choice([0, 1, 2, -3, e1 / 10]),
                        rng.uniform(-1, 1) * 10 ** rng.choice([0, 1, -2, e2 / 10])))
# Results are shown to 12 significant digits: the last bits of libm's
# functions differ between platforms (CPython on aarch64 prints other last
# digits than on x86-64); the special values are exact (cmath_special*).
def show(v):
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, complex):
        return "(%s%+.12gj)" % (format(v.real, ".12g"), v.imag)
    if isinstance(v, float):
        return format(v, ".12g")
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    return repr(v)


names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
for z in vals:
    out = []
    for name in names:
        try:
            out.append(show(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(z), " ".join(out))
for z in vals[:20]:
    for base in [2, 10, 1j, 0.5 + 0.5j]:
        print(repr(z), base, show(cmath.log(z, base)))
