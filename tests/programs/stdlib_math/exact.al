# math: the exact functions (big ints), fsum, hypot, dist, gamma.
import math

print(math.factorial(0), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(25) % 10**9)
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(2**100, 6**50, 10**30))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(2**64, 3**5), math.lcm(0, 7))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(10**20, 2))
print(math.perm(5), math.perm(10, 3), math.perm(3, 5), math.perm(10**15, 3))
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 4]), math.prod([2, 3], start=10))
print(math.prod([2**40] * 3), math.prod(["ab"], start=3), math.prod([0.1] * 5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum(x / 7 for x in range(100)), math.fsum([]))
print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(1e308, 1e308))
print(math.hypot(-0.0, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 5, 6)), math.dist((), ()))
print(math.gamma(0.5), math.gamma(5), math.gamma(-1.5), math.gamma(171.5), math.gamma(1e-300))
print(math.lgamma(0.5), math.lgamma(100), math.lgamma(-2.5), math.lgamma(1e300))
for x in [-3.7, -0.1, 0.3, 1.7, 12.25, 50.5, 140.1, 170.9]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**30), math.ceil(True))
print(math.floor(1e300) == 10**300, math.trunc(2.0**70), type(math.floor(2.5)).__name__)

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt("factorial(-1)", math.factorial, -1)
attempt("factorial(2.0)", math.factorial, 2.0)
attempt("factorial(10**20)", math.factorial, 10**20)
attempt("isqrt(-1)", math.isqrt, -1)
attempt("comb(-1, 2)", math.comb, -1, 2)
attempt("perm(5, -1)", math.perm, 5, -1)
attempt("perm(10**20, 10**20)", math.perm, 10**20, 10**20)
attempt("gcd(1.5)", math.gcd, 1.5)
attempt("floor(inf)", math.floor, math.inf)
attempt("ceil(nan)", math.ceil, math.nan)
attempt("trunc('a')", math.trunc, "a")
attempt("fsum([inf, -inf])", math.fsum, [math.inf, -math.inf])
attempt("fsum([1e308, 1e308])", math.fsum, [1e308, 1e308])
attempt("dist((1,), (1, 2))", math.dist, (1,), (1, 2))
attempt("gamma(0)", math.gamma, 0)
attempt("gamma(-2)", math.gamma, -2)
attempt("gamma(200)", math.gamma, 200)
attempt("lgamma(-1)", math.lgamma, -1)
attempt("prod(5)", math.prod, 5)
