# Numeric loops over lists of floats (the fast copy reads and writes their
# items unboxed) that turn a list generic midway, store NaN, copy items
# between float and generic lists, and a matrix product.

def step(b, c, dt, n):
    i = 0
    while i < n:
        dx = b[0] - c[0]
        d2 = dx * dx + 1.0
        mag = dt / (d2 * (d2 ** 0.5))
        b[1] = b[1] - dx * c[2] * mag
        c[1] = c[1] + dx * b[2] * mag
        b[0] = b[0] + dt * b[1]
        c[0] = c[0] + dt * c[1]
        i = i + 1

b = [0.0, 0.0, 1.0]
c = [1.0, 0.0, 2.0]
step(b, c, 0.01, 1000)
print(b, c)
# The same loop on lists holding an int: generic lists, same results.
b2 = [0, 0.0, 1.0]
c2 = [1.0, 0, 2.0]
step(b2, c2, 0.01, 1000)
print(b2, c2, b2 == b, c2 == c)

def fill(xs, n):
    i = 0
    while i < n:
        if i == 3:
            xs[i] = i
        elif i == 5:
            xs[i] = xs[i - 1] * 0.0 * 1e308 * 1e308
        else:
            xs[i] = i * 0.5
        i = i + 1
    return xs

r = fill([0.0] * 8, 8)
print(r, [type(v).__name__ for v in r])

def copy_items(src, dst, n):
    for i in range(n):
        dst[i] = src[n - 1 - i]
    return dst

print(copy_items([1.0, 2.0, 3.0], [0.0] * 3, 3))
print(copy_items([1, 2.0, "x"][:2] + [3.0], [0.0] * 3, 3))
print(copy_items([1.0, 2.0, 3.0], [None, 0.0, 0.0], 3))

def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s = s + a[i][k] * b[k][j]
            c[i][j] = s
    return c

n = 4
a = [[i * n + j + 0.5 for j in range(n)] for i in range(n)]
ident = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
print(matmul(a, ident, n) == a, matmul(a, a, n)[2])

def inner(row, col, n):
    s = 0.0
    for k in range(n):
        s = s + row[k] * col[k]
    return s

print(inner([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], 3), inner([1, 2, 3], [4.0, 5.0, 6.0], 3))

def walk(xs):
    t = 0.0
    m = xs[0]
    for x in xs:
        t = t + x
        if x > m:
            m = x
    return t, m, x

print(walk([0.5, 2.5, 1.0]), walk([0.5, 2, 1.0]))

def scale(xs, f):
    for i in range(len(xs)):
        xs[i] = xs[i] * f
    return xs

print(scale([1.0, 2.0, 3.0], 2.0), scale([1.0, 2.0, 3.0], 2), scale([1.0, 2.0], float("inf")))
print(scale([1.0, 0.0], float("inf")))
