# `for i in range(...)` loops with numeric bodies run in a fast copy too;
# the loop variable, the counter and every local agree with CPython's
# however the loop ends.

def dot(xs, ys, n):
    acc = 0.0
    for i in range(n):
        acc = acc + xs[i] * ys[i]
    return acc, i

print(dot([1.0, 2.0, 3.0], [0.5, 0.25, 2.0], 3))

def tri(n):
    t = 0
    for k in range(1, n + 1):
        t = t + k
    return t, k

print(tri(10), tri(1))

def empty(n):
    k = "unset"
    t = 0
    for k in range(n):
        t = t + k
    return k, t

print(empty(0), empty(3))

def down(n):
    out = 0.0
    for k in range(n, 0, -2):
        out = out * 0.5 + k
    return out, k

print(down(9), down(10))

def grow(n):
    x = 1
    for k in range(n):
        x = x * 7
    return x, k

print(grow(5), grow(30))

def breaks(n):
    s = 0.0
    for k in range(n):
        if k * k > 50:
            break
        if k - (k / 2) * 2 == 0:
            continue
        s = s + 1.5
    return s, k

print(breaks(100), breaks(3))

def reassign(n):
    t = 0
    for k in range(n):
        t = t + k
        k = k * 10
        t = t + k
    return t, k

print(reassign(4))

def near_max(n):
    c = 0
    for k in range(4611686018427387900, 4611686018427387900 + n):
        c = c + 1
    return c, k

print(near_max(3), near_max(10))

def big_bounds(n):
    c = 0
    for k in range(2 ** 70, 2 ** 70 + n):
        c = c + 1
    return c, k

print(big_bounds(3))

def fill(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] * 2.0 + i
    return xs

print(fill([0.5, 1.5, -2.0]))
try:
    fill([1.0, "x"])
except TypeError as e:
    print("TypeError", e)

def scale_rows(m, n, f):
    for i in range(n):
        r = m[i]
        r[0] = r[0] * f
    return m

print(scale_rows([[1.0], [2.0], [3.0]], 3, 2), scale_rows([[1.0], [2]], 2, 0.5))

def mat_vec(a, x, n):
    out = []
    for i in range(n):
        row = a[i]
        s = 0.0
        for j in range(n):
            s = s + row[j] * x[j]
        out.append(s)
    return out

print(mat_vec([[1.0, 2.0], [3.0, 4.0]], [0.5, -1.0], 2))

def tb(xs):
    t = 0.0
    for i in range(5):
        t = t + xs[i] / (2 - i)
    return t

print(tb([1.0, 1.0, 0.0, 1.0, 1.0]) if False else "skip")
tb([1.0, 2.0, 3.0])
