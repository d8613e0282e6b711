# quick: 2000
# Big ints, additions and multiplications of growing numbers: Fibonacci
# numbers by iteration (a + b of ever longer ints) and by fast doubling
# (products of equal-sized ints), checked against each other; the
# results are printed as residues and bit lengths (CPython refuses
# str() of ints over 4300 digits by default).
import sys


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_pair(n):
    # (F(n), F(n+1)) by F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def lucas_checks(n, step):
    # L(k) = F(k-1) + F(k+1); the sum of a few residues of each.
    total = 0
    for k in range(1, n, step):
        f0, f1 = fib_pair(k)
        total += (2 * f1 - f0) % 1000000007
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
f = fib_iter(n)
g, _ = fib_pair(n)
print(f == g, f.bit_length(), f % 1000000007, str(f % 10**40))
h, _ = fib_pair(n * 40)
print(h.bit_length(), h % 998244353, hex(h >> (h.bit_length() - 64)))
print(lucas_checks(n // 4, 97))
