# Memoized fibonacci with a dict, compared with iterative and naive versions.
calls = {"naive": 0, "memo": 0}
def fib_naive(n):
    calls["naive"] += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)

memo = {}
def fib_memo(n):
    calls["memo"] += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib_naive(i) for i in range(12)])
print(fib_naive(20), calls["naive"])
print(fib_memo(100), calls["memo"], len(memo))
print(fib_memo(500))
print(fib_memo(500) == fib_iter(500), calls["memo"])
print(len(str(fib_iter(10000))), str(fib_iter(10000))[:20])
even_sum = sum(f for f in (fib_iter(i) for i in range(100)) if f % 2 == 0 and f < 4000000)
print(even_sum)
ratios = [fib_iter(i + 1) / fib_iter(i) for i in range(1, 40, 6)]
print(ratios)
