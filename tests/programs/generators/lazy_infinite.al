# Generators are lazy: infinite sequences, early exit, interleaving.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


print(list(take(10, primes())))


def noisy(name, n):
    for i in range(n):
        print(name, "produces", i)
        yield i


a = noisy("a", 3)
b = noisy("b", 3)
for x, y in zip(a, b):
    print("pair", x, y)
for i, v in enumerate(noisy("c", 2)):
    print(i, v)
print(any(x > 1 for x in noisy("d", 10)))
big = fib()
for _ in range(100):
    last = next(big)
print(last)
