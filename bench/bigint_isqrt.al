# quick: 300
# Big ints, divisions and text: square roots of 2, 3 and 5 to many
# digits by Newton's method on ints (big // big, shifts, compares), digit
# sums through divmod by powers of ten, and str() of 4,000-digit chunks.
import sys


def isqrt(n):
    # The largest x with x*x <= n, from a float-free first guess.
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


def digit_sum(x):
    # Split into 4,000-digit chunks (str() of each is within CPython's limit).
    base = 10 ** 4000
    total = 0
    count = 0
    while x:
        x, chunk = divmod(x, base)
        s = str(chunk)
        total += sum(ord(c) - 48 for c in s)
        count += 1
    return total, count


digits = int(sys.argv[1]) if len(sys.argv) > 1 else 40_000
scale = 10 ** (2 * digits)
for k in (2, 3, 5):
    r = isqrt(k * scale)
    assert r * r <= k * scale < (r + 1) * (r + 1)
    print(k, digit_sum(r), str(r % 10**30), r.bit_length())
