# Number theory with math's exact integer functions: a prime sieve bounded by
# isqrt, gcd/lcm of many numbers, binomial rows, permutations, factorials of
# big numbers, modular inverses with pow, and their argument errors.
import math


def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for p in range(2, math.isqrt(n) + 1):
        if sieve[p]:
            sieve[p * p::p] = [False] * len(range(p * p, n + 1, p))
    return [i for i, ok in enumerate(sieve) if ok]


ps = primes_upto(100)
print(len(ps), ps[-5:], math.prod(ps[:8]))
print(math.gcd(84, 126, 210), math.lcm(4, 6, 10), math.gcd(), math.lcm(), math.gcd(0, -12), math.lcm(0, 5))
for n in range(7):
    print(" " * (6 - n) * 2 + "".join(f"{math.comb(n, k):>4}" for k in range(n + 1)))
print(math.perm(10, 3), math.perm(5), math.comb(60, 30), math.comb(3, 5))
f100 = math.factorial(100)
print(len(str(f100)), str(f100)[:20], f100 % 10 ** 24)
print([math.isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 10 ** 20 - 1]])
inv = pow(17, -1, 3120)
print(inv, 17 * inv % 3120, pow(3, 200, 10 ** 9 + 7))
print(math.prod(range(1, 11), start=2), math.prod([]), math.prod([1.5, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
for f, args in [(math.factorial, (-1,)), (math.factorial, (2.5,)), (math.isqrt, (-4,)), (math.comb, (5, -1)),
                (math.perm, (2.0, 1)), (math.gcd, (1.0, 2)), (pow, (2, -1, 4)), (math.comb, ("5", 2))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__ + ":", e)
