# Recursive calls of module-level functions whose binding never changes
# (called directly, without a guard): small ints, ints past the small-int
# range, floats, strings, keyword and default arguments, mutual recursion,
# generators, closures, and a call made before the `def` ran.


def early():
    try:
        return late(3)
    except NameError as e:
        return "NameError: " + str(e)


print(early())


def late(n):
    return n * 2


print(early())


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), fib(1), fib(0), fib(-3))
# Floats and bools take the generic paths of `<`, `-` and `+`.
print(fib(10.0), fib(True), fib(12.5))


def grow(n, acc):
    # `acc` leaves the small ints (2**62) on the way down.
    if n == 0:
        return acc
    return grow(n - 1, acc * 3 + n)


print(grow(60, 1))
print(grow(5, 2**70))


def countdown(n):
    # `n` starts far beyond the small ints and comes back into them.
    if n < 2**62 - 3:
        return n
    return countdown(n - 1)


print(countdown(2**62 + 2), countdown(-(2**62)))


def down_big(n, steps):
    if steps == 0:
        return n
    return down_big(n - 1, steps - 1)


print(down_big(-(2**62) + 2, 5))


def join_rev(s):
    if not s:
        return ""
    return join_rev(s[1:]) + s[0]


print(join_rev("recursion"))


def power(base, exp=2, *, scale=1):
    if exp == 0:
        return scale
    return base * power(base, exp - 1, scale=scale)


print(power(3), power(2, 10), power(2, exp=5), power(5, 3, scale=2))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77), is_even(7))


def walk(n):
    if n > 0:
        yield n
        yield from walk(n - 1)


print(list(walk(6)))


def adder(k):
    def add(x):
        return fib(x) + k

    return add


print([adder(100)(i) for i in range(8)])


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(12, 8, 4))


def bad(n):
    if n == 0:
        return 1 // n
    return bad(n - 1)


try:
    bad(5)
except ZeroDivisionError as e:
    print("caught", e)
print(fib(15))
