# lru_cache in dynamic programming: Fibonacci and edit distance memoised,
# cache_info after each phase, a bounded cache evicting, typed=True keeping
# 1 and 1.0 apart, cache_clear, and unhashable arguments.
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
print(fib(91), fib.cache_info())


def edit_distance(a, b):
    @cache
    def d(i, j):
        if i == 0 or j == 0:
            return i + j
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] != b[j - 1]))
    result = d(len(a), len(b))
    return result, d.cache_info().currsize


print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square(4), calls[-1])


@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
print(kind.cache_parameters(), fib.cache_parameters(), fib.__wrapped__(10), fib.__name__)
try:
    kind([1])
except TypeError as e:
    print("TypeError:", e)
