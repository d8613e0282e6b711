# A module-level function rebound by a `global` assignment, by a second
# `def`, by `del`, and by an assignment at module level: every call sees
# the binding the name holds when it runs.


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def halving_fact(n):
    return n // 2


def swap():
    global fact
    fact = halving_fact


print(fact(6))
swap()
print(fact(6))


def twice(n):
    return 0 if n == 0 else 2 + twice(n - 1)


print(twice(4))


def twice(n):
    return 0 if n == 0 else 3 + twice(n - 1)


print(twice(4))


def gone(n):
    return n if n < 1 else gone(n - 1)


keep = gone
print(keep(5))
del gone
try:
    keep(5)
except NameError as e:
    print("NameError:", e)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


first = count
count = lambda n: 100
print(first(3), count(3))
