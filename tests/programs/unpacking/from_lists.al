# Unpacking lists: exact lists (generic and float items) are copied out
# directly; subclasses are iterated; wrong lengths raise CPython's errors.
a, b = "k:v".split(":")
print(a, b)
x, y, z = [1.5, 2.5, 3.5]
print(x, y, z, x is not y)
xs = [0.5, 1.25]
p, q = xs
xs[0] = xs[0] + p
print(p, q, xs)
class L(list):
    def __iter__(self):
        yield "from"
        yield "iter"
m, n = L([1, 2])
print(m, n)
for bad in ([1], [1, 2, 3], []):
    try:
        a, b = bad
    except ValueError as e:
        print(type(e).__name__, e)
items = [[i, str(i)] for i in range(5)]
total = 0
for pair in items:
    i, s = pair
    total += i + len(s)
print(total)
