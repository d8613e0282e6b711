# A decorated recursive function calls its wrapper: the name holds what the
# decorator returned.
calls = []


def counted(f):
    def wrapper(n):
        calls.append(n)
        return f(n)

    return wrapper


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(6), len(calls))


def memo(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper


@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(90))
