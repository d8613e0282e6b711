# An uncaught error inside a generator expression consumed by sum.
def f(n):
    return sum(10 // (i - 2) for i in range(n))


print(f(2))
print(f(5))
