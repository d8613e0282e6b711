# abs, min and max in loops with a fast copy: CPython's results, NaN and
# ties included; min/max as a whole value keep their argument's identity.

def converge(x, eps):
    steps = 0
    while abs(x * x - 2.0) > eps:
        x = x - (x * x - 2.0) / (2.0 * x)
        steps = steps + 1
    return x, steps

print(converge(1.0, 1e-12), converge(5.0, 1e-6))

def spread(xs):
    lo = 1e300
    hi = -1e300
    t = 0.0
    for x in xs:
        t = t + max(x, 0.0) - min(x, 0.0) + abs(x)
        if min(x, lo) < lo:
            lo = x
        if max(x, hi) > hi:
            hi = x
    return lo, hi, t

print(spread([0.5, -2.5, 3.0, -0.0, 0.0]))
nan = float("nan")
print(spread([1.0, nan, -1.0]))

def ints(n):
    t = 0
    for k in range(-n, n):
        t = t + abs(k) * 3 + min(k, 2) - max(k, -1)
    return t

print(ints(10), ints(0))

def big_abs(n):
    t = 0
    for k in range(n):
        t = t + abs(-4611686018427387904 + k * 0)
    return t

print(big_abs(2))

def identity(xs):
    best = 0.0
    for x in xs:
        best = max(best, x)
    return best, best is xs[1]

# (`list(...)` of a tuple is a generic list: the items of a list made of
# floats only are stored unboxed, and each read of one is a new float.)
print(identity(list((1.5, 2.5, 0.5))))

def mixed(xs):
    t = 0.0
    for x in xs:
        t = t + max(x, 1)
    return t

print(mixed([0.5, 2.5]))

def shadow(xs):
    abs = lambda v: 7.0
    t = 0.0
    for x in xs:
        t = t + abs(x)
    return t

print(shadow([1.0, -2.0]))
