# quick: 20000
# Numeric loops: a sieve of Eratosthenes over a list of flags, the longest
# Collatz chain below a bound (while loops on small ints), and a
# digit-sum scan with // and %.
import sys


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    last = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last


def longest_collatz(limit):
    best, best_start = 0, 1
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best, best_start = steps, start
    return best_start, best


def digit_sums(limit):
    total = 0
    hist = [0] * 64
    for i in range(limit):
        s = 0
        x = i
        while x:
            s += x % 10
            x //= 10
        hist[s] += 1
        total += s
    return total, max(range(64), key=lambda k: hist[k])


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
print(sieve(n))
print(longest_collatz(n // 5))
print(digit_sums(n))
