# `x ** 0.5` is what libm's pow returns, not sqrt: they differ in the last
# bit for some doubles, which repr shows. Checked inline (a numeric loop's
# fast copy, generic code) and through rt (pow(), math.pow, a variable
# exponent), on inputs where the two differ and on ordinary ones.
import math

def lcg(seed):
    # A deterministic stream of doubles of many magnitudes.
    xs = []
    s = seed
    for i in range(4000):
        s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
        mant = 1.0 + (s >> 12) / 2.0**52
        exp = (s & 0xfff) % 200 - 100
        xs.append(mant * 2.0**exp)
    return xs

def loop_roots(xs):
    # A loop over a float list: its fast copy computes `x ** 0.5` inline.
    total = 0.0
    for x in xs:
        total = total + x ** 0.5
    return total

def each_root(xs):
    out = []
    for x in xs:
        out.append(x ** 0.5)
    return out

xs = lcg(12345)
print(repr(loop_roots(xs)))
roots = each_root(xs)
half = 0.5
differ = 0
for x, r in zip(xs, roots):
    assert r == pow(x, 0.5) == math.pow(x, half) == x ** half, x
    if r != math.sqrt(x):
        differ += 1
print("roots that are not sqrt:", differ)
print(hash(tuple(roots)) == hash(tuple(x ** half for x in xs)))
print([repr(r) for r in roots[:12]])
# Inputs near the ends of the fast test's range, powers of two, and the
# special cases.
for x in [2.0**-900, 2.0**-899.5, 2.0**900, 2.0**899.5, 0.25, 4.0, 2.0, 0.5,
          1e-320, 5e-324, 1.7976931348623157e308, 0.0, -0.0, float("inf"),
          1.0000000000000002, 0.9999999999999999, 3.0, 10.0, 1e100]:
    print(repr(x), repr(x ** 0.5))
try:
    print((-4.0) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
print(float("nan") ** 0.5)
print(2 ** 0.5, 10 ** 0.5, True ** 0.5)
