# Sieve of Eratosthenes, prime factorization, twin primes and Goldbach checks.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, ok in enumerate(is_prime) if ok]

def factorize(n, primes):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def show_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))

primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
print(sum(primes[:100]))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
prime_set = set(primes)
for n in [100, 998, 1000, 9998]:
    for p in primes:
        if n - p in prime_set:
            print(f"{n} = {p} + {n - p}")
            break
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 999999, 600851475143]:
    print(n, "=", show_factors(factorize(n, primes)))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
