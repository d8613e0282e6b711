#!/usr/bin/env python3
"""Writes math_cases.txt: CPython 3.11's results for every function of the
`math` module over normal, edge (0, -0.0, inf, nan, huge ints, bools) and
error cases. `rt/src/stdlib/math/tests.rs` replays every line against rt.
Regenerate with CPython 3.11 (the output is deterministic: fixed seed):

    python3 rt/src/stdlib/testdata/gen_math_cases.py

Line format (tab-separated): `<function> <argument>... => <result>`. An
argument is a Python repr (ints, in hex when huge, floats with `inf`/`nan`, bools, None,
simple strings, lists and tuples of those), or `name=<repr>` for a keyword
argument. The result is written the same way, or `!<Type>: <message>`.
"""

import math
import os
import random

rng = random.Random(20240611)
inf, nan = math.inf, math.nan

INTS = [0, 1, -1, 2, -2, 3, 7, 10, -10, 100, 2**53 + 1, 2**63, -(2**63) - 1, 10**20,
        -(10**20), 2**1023, 2**1024 - 1, 10**400, -(10**400)]
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.0, 0.1, 3.7, -3.7, 10.0, 30.0,
          100.0, 700.0, 710.0, -745.0, -800.0, 1e-300, -1e-300, 5e-324, 2.2250738585072014e-308,
          1e16, 1e300, 1e308, -1e308, 1.7976931348623157e308, inf, -inf, nan, math.pi, math.e,
          0.9999999999999999, 1.0000000000000002]
BOOLS = [True, False]
BAD = ["a", None, [1]]


def rand_floats(n, lo=-30, hi=30):
    out = []
    for _ in range(n):
        m = rng.uniform(-1, 1)
        out.append(m * 10 ** rng.uniform(lo, hi))
    return out


def arg_repr(a):
    if isinstance(a, Kw):
        return f"{a.name}={arg_repr(a.value)}"
    if isinstance(a, float):
        return repr(a)
    if isinstance(a, int) and not isinstance(a, bool) and abs(a) > 10**1000:
        return hex(a)
    if isinstance(a, (list, tuple)):
        inner = ", ".join(arg_repr(x) for x in a)
        if isinstance(a, tuple):
            return "(" + inner + ("," if len(a) == 1 else "") + ")"
        return "[" + inner + "]"
    return repr(a)


class Kw:
    def __init__(self, name, value):
        self.name, self.value = name, value


lines = []


def case(fname, *args):
    f = getattr(math, fname)
    pos = [a for a in args if not isinstance(a, Kw)]
    kw = {a.name: a.value for a in args if isinstance(a, Kw)}
    try:
        res = arg_repr(f(*pos, **kw))
    except Exception as e:  # noqa: BLE001 - every error is data here
        res = f"!{type(e).__name__}: {e}"
    lines.append("\t".join([fname, *(arg_repr(a) for a in args), "=>", res]))


ONE_ARG_FLOAT = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh",
                 "degrees", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "gamma", "isfinite",
                 "isinf", "isnan", "lgamma", "log", "log10", "log1p", "log2", "radians", "sin",
                 "sinh", "sqrt", "tan", "tanh", "ulp", "frexp", "modf", "floor", "ceil",
                 "trunc"]
TWO_ARG_FLOAT = ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "log"]

GRID = INTS + FLOATS + BOOLS
SMALL_GRID = [0, 1, -1, 2, 3, -3, 10**20, 10**400, True, 0.0, -0.0, 0.5, -0.5, 1.0, -1.0,
              1.5, 2.0, -2.5, 3.0, 1e-300, 5e-324, 1e300, -1e308, inf, -inf, nan]

for fname in ONE_ARG_FLOAT:
    for a in GRID + BAD:
        case(fname, a)
    for a in rand_floats(60, -8, 3):
        case(fname, a)
    case(fname)
    case(fname, 1, 2)

for fname in TWO_ARG_FLOAT:
    for a in SMALL_GRID:
        for b in SMALL_GRID:
            case(fname, a, b)
    for a, b in zip(rand_floats(80, -5, 5), rand_floats(80, -5, 5)):
        case(fname, a, b)
    case(fname, "a", 1)
    case(fname, 1, "a")
    case(fname, 1)
    case(fname, 1, 2, 3)

# math.log: big ints, bases, argument errors.
BIG = [2**1023 - 1, 2**1024 - 1, 2**1024, 2**1024 + 1, 2**2000, 3**1000, 10**400, 10**308,
       2**53 + 1, 2**64 - 1, 7**5000, 2**5000 - 1, 2**5000 + 1, 2**5000]
for a in BIG:
    for fname in ("log", "log2", "log10"):
        case(fname, a)
        case(fname, -a)
    case("log", a, 2)
    case("log", a, 10)
    case("log", a, 3**1000)
    case("log", 10, a)
case("log")
case("log", 1, 2, 3)
case("log", 10, 1)
case("log", 1, 1)
case("log", 8, 2.0)
case("log", 8, Kw("base", 2))
case("log10", Kw("x", 2))
for a in rand_floats(100, -300, 300):
    case("log", abs(a))
    case("log2", abs(a))
    case("log10", abs(a))

# gamma and lgamma: CPython's own implementation, checked hard.
special = []
for k in range(-30, 40):
    special += [k, k + 0.5, k - 1e-9, k + 1e-9, k + 0.25]
special += [1e-20, -1e-20, 1e-21, 1e-300, -1e-300, 5e-324, 4.9, 5.0, 5.1, 140.0, 139.9, 140.1,
            171.6, 171.7, 200.0, 200.5, -200.5, -199.5, -170.5, -180.3, 1e10, -1e10 - 0.5,
            2.0**52 + 0.5, 1e20, 1e300, -1e300]
special += [rng.uniform(-200, 200) for _ in range(800)]
special += [rng.uniform(-5, 5) for _ in range(400)]
special += [10 ** rng.uniform(-25, 5) for _ in range(200)]
for a in special:
    case("gamma", a)
    case("lgamma", a)

# hypot and dist: CPython's vector norm to the last bit.
def rand_vec(n):
    kind = rng.randrange(6)
    if kind == 0:
        return [rng.uniform(-10, 10) for _ in range(n)]
    if kind == 1:
        return [rng.uniform(-1, 1) * 10 ** rng.uniform(-300, 300) for _ in range(n)]
    if kind == 2:
        return [rng.uniform(-1, 1) * 1e-310 for _ in range(n)]
    if kind == 3:
        return [rng.randrange(-10**6, 10**6) for _ in range(n)]
    if kind == 4:
        return [rng.uniform(0.5, 1) * 1e308 for _ in range(n)]
    return [rng.choice([0.0, -0.0, 1.0, 3.0, 4.0, 1e-320, 2.5]) for _ in range(n)]


for _ in range(1500):
    v = rand_vec(rng.randrange(0, 7))
    case("hypot", *v)
for _ in range(800):
    n = rng.randrange(0, 6)
    case("dist", rand_vec(n), tuple(rand_vec(n)))
for v in ([3, 4], [inf, nan], [nan, 1], [-inf, 5], [1e308, 1e308], [5e-324, 5e-324], [0, 0],
          [True, 2], [10**400], ["a"], [2**1024, 1]):
    case("hypot", *v)
case("hypot", 1, Kw("x", 2))
case("dist", [1, 2], [3])
case("dist", 1, 2)
case("dist", "ab", "cd")
case("dist", [1, 2])
case("dist", [nan, 1], [1, inf])
case("dist", (1,), [2])

# fsum: exact rounding, specials, errors.
for _ in range(600):
    n = rng.randrange(0, 12)
    kind = rng.randrange(4)
    if kind == 0:
        xs = [rng.uniform(-1, 1) * 10 ** rng.uniform(-20, 20) for _ in range(n)]
    elif kind == 1:
        base = [rng.uniform(-1, 1) * 10 ** rng.uniform(-20, 20) for _ in range(n // 2)]
        xs = base + [-x for x in base] + [rng.uniform(-1e-10, 1e-10)]
        rng.shuffle(xs)
    elif kind == 2:
        xs = [rng.choice([1e16, 1.0, -1e16, 1e-16, 0.1, -0.1, 2**-1074, 1e308, -1e308])
              for _ in range(n)]
    else:
        xs = [rng.randrange(-10**20, 10**20) for _ in range(n)]
    case("fsum", xs)
for xs in ([1e-16, 1, 1e16], [1e308, 1e308], [1e308, -1e308, 1e308], [inf, -inf],
           [inf, inf], [nan, 1], [inf, nan], ["a"], [1, 2**1024], [], [True, False, 0.5],
           [-0.0], [-0.0, -0.0], [0.1] * 10, (1, 2.5), "ab"):
    case("fsum", xs)
case("fsum", 3)
case("fsum")

# isclose with its keywords.
for a, b in [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.1), (inf, inf), (inf, -inf), (nan, nan),
             (0.0, 1e-10), (1e-300, 0.0), (5, 5.000000001), (10**20, 10**20 + 1)]:
    case("isclose", a, b)
    case("isclose", a, b, Kw("rel_tol", 0.2))
    case("isclose", a, b, Kw("abs_tol", 1e-9))
    case("isclose", a, b, Kw("rel_tol", 0.0), Kw("abs_tol", 0.0))
case("isclose", 1, 2, Kw("rel_tol", -1))
case("isclose", 1, 2, Kw("abs_tol", -1))
case("isclose", 1, 2, Kw("rel_tol", "a"))
case("isclose", 1, 2, Kw("x", 3))
case("isclose", 1, 2, 3)
case("isclose", 1, 2, 3, 4, 5)
case("isclose")
case("isclose", 1)
case("isclose", 1, Kw("b", 2))
case("isclose", Kw("a", 1), Kw("b", 2))
case("isclose", 1, Kw("a", 2))
case("isclose", 1, Kw("x", 2))
case("isclose", Kw("a", 1), Kw("b", 2), Kw("rel_tol", 1), Kw("abs_tol", 1), Kw("x", 1))
case("isclose", "a", 1)

# ldexp: the exponent must be an int.
for x in [1.0, -1.5, 0.0, -0.0, inf, nan, 5e-324, 1e308, 3]:
    for i in [0, 1, -1, 1023, 1024, -1074, -1075, 2000, -2000, 10**30, -(10**30), True]:
        case("ldexp", x, i)
case("ldexp", 1.0, 2.0)
case("ldexp", 1.0, "a")
case("ldexp", "a", 1)

# The integer functions.
RAND_BIG = [rng.randrange(0, 10 ** rng.randrange(1, 60)) for _ in range(150)]
for n in INTS + BOOLS + RAND_BIG + [2**64 - 1, 2**64, 2**128 - 1, 4**100, 4**100 - 1, 10**600]:
    case("isqrt", n)
for a in [1.5, "a", None, 2.0]:
    case("isqrt", a)
case("isqrt")
for args in [(), (0,), (5,), (-5,), (0, 0), (12, 18), (-12, 18), (12, -18), (2**100, 2**60),
             (3**50, 3**40 * 2**10), (1, 2, 3), (6, 10, 15), (0, 0, 5), (True, 4), (7, 1, 2.0),
             (1.0, 2), (10**30, 10**20, 10**25), (2**64, 2**63 * 3)]:
    case("gcd", *args)
    case("lcm", *args)
for _ in range(100):
    args = [rng.randrange(-10**rng.randrange(1, 30), 10**rng.randrange(1, 30))
            for _ in range(rng.randrange(1, 5))]
    case("gcd", *args)
    case("lcm", *args)
case("gcd", 1, Kw("x", 2))
case("lcm", 0, "a")
case("gcd", 1, "a")
for n in list(range(0, 40)) + [50, 100, 170, 171, 500, 1000, 3000, -1, -(10**20), 10**20,
                                 True, False]:
    case("factorial", n)
for a in [1.0, 5.5, "a", None]:
    case("factorial", a)
for n in [0, 1, 2, 5, 10, 30, 67, 68, 100, 1000, 10**20, 2**64, -1]:
    for k in [0, 1, 2, 3, 5, 10, 30, 34, 35, 60, 100, -1, 10**20]:
        case("comb", n, k)
        case("perm", n, k)
for _ in range(150):
    n = rng.randrange(0, 10 ** rng.randrange(1, 25))
    k = rng.randrange(0, 80)
    case("comb", n, k)
    case("perm", n, k)
for n in [0, 5, 20, -1, 1.5, True]:
    case("perm", n)
    case("perm", n, None)
case("comb", 2**64, 2**64 + 5)
case("comb", 2**64, 2**64 - 2)
case("perm", 10**20, 10**20)
case("comb", 1.0, 2)
case("comb", 5, "a")
case("comb", True, True)
case("comb", 5)
case("comb", 5, 2, 1)
case("perm")
case("perm", 1, 2, 3)
case("perm", 5, Kw("k", 2))

# prod: any numbers, start=.
for xs in [[], [1, 2, 3], [2**40, 2**40, 2**40], [1.5, 2, 3], [2, 1.5], [True, 3], [0.1] * 7,
           [10**20, 0.5], [1e308, 10], [inf, 0], [nan, 2], (1, 2, 3), list(range(1, 20)), [-1] * 5]:
    case("prod", xs)
    case("prod", xs, Kw("start", 2))
    case("prod", xs, Kw("start", 0.5))
case("prod", ["ab"], Kw("start", 2))
case("prod", [2], Kw("start", "ab"))
case("prod", ["a", "b"])
case("prod", [1, "a"])
case("prod", 5)
case("prod")
case("prod", [1], 2)
case("prod", [1], 2, 3)
case("prod", [1], Kw("start", 2), Kw("x", 1))
case("prod", Kw("start", 2))
case("prod", Kw("iterable", [1]))
case("prod", [1], Kw("x", 2))

# floor, ceil, trunc of big and odd values.
for a in [1e300, -1e300, 2.5, -2.5, 0.5, -0.5, 2**63 + 0.0, 10**400, -(10**400), 4503599627370496.5]:
    for fname in ("floor", "ceil", "trunc"):
        case(fname, a)

# Keyword arguments where none are taken.
for fname in ["sqrt", "floor", "ceil", "trunc", "factorial", "isqrt", "frexp", "fsum", "ulp"]:
    case(fname, 1, Kw("x", 1))
for fname in ["atan2", "pow", "copysign", "nextafter", "ldexp", "fmod", "remainder", "comb",
              "dist"]:
    case(fname, 1, 2, Kw("x", 1))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "math_cases.txt")
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(f"{len(lines)} cases written to {out}")
