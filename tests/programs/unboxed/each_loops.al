# `for x in xs` over a list with a numeric body runs in a fast copy; the
# walk, the loop variable and the locals agree with CPython's.

def sumsq(xs):
    t = 0.0
    for x in xs:
        t = t + x * x
    return t

print(sumsq([1.5, 2.0, -3.25]), sumsq([]), sumsq([1, 2.5, 3]), sumsq([2.0, True, 0.5]))

def last(xs):
    x = "before"
    n = 0
    for x in xs:
        n = n + 1
    return x, n

print(last([]), last([0.5, 1.5]))

def feed(xs):
    # Items stored ahead of the walk are the ones it reads later.
    t = 0.0
    i = 0
    for x in xs:
        t = t + x
        i = i + 1
        if i < 3:
            xs[i] = t * 2.0
    return t, xs

print(feed([1.0, 0.0, 0.0, 0.0]))

def grow_rows(rows, dt):
    for b in rows:
        b[0] = b[0] + dt * b[1]
        b[1] = b[1] * 0.5
    return rows

print(grow_rows([[0.0, 1.0], [1.0, -2.0]], 0.1))
try:
    grow_rows([[0.0, 1.0], (1.0, 2.0)], 0.1)
except TypeError as e:
    print("TypeError", e)
print(grow_rows([[0.0, 1.0], [1, 2]], 0.5))

def stop_early(xs, limit):
    t = 0.0
    for x in xs:
        if x > limit:
            break
        t = t + x
    return t, x

print(stop_early([0.5, 1.5, 9.0, 0.25], 2.0), stop_early([0.5], 2.0))

def skip(xs):
    t = 0.0
    for x in xs:
        if x < 0.0:
            continue
        t = t + x
    return t

print(skip([1.0, -2.0, 3.0, -0.0]))

def mixed(xs):
    m = -1.0
    for x in xs:
        if x > m:
            m = x
    return m

print(mixed([0.5, "a"]) if False else mixed([0.5, 3.5, -1.0]))

def identity(xs):
    m = -1.0
    for x in xs:
        if x > m:
            m = x
    return m is xs[1], x is xs[-1], m

# (`list(...)` of a tuple is a generic list: the items of a list made of
# floats only are stored unboxed, and each read of one is a new float.)
print(identity(list((0.5, 3.5, -1.0))))

def identity_items(xs, n):
    best = xs[0]
    i = 1
    while i < n:
        if xs[i] > best:
            best = xs[i]
        i = i + 1
    return best is xs[2], best

print(identity_items(list((0.5, 1.5, 9.5, 2.0)), 4))

def lenient_copy(w, n):
    k = 0
    t = 0.0
    while k < n:
        t = t + w * 0.5
        c = w
        k = k + 1
    return t, c, type(c).__name__

print(lenient_copy(3, 2), lenient_copy(3.0, 2))
try:
    mixed([0.5, "a"])
except TypeError as e:
    print("TypeError", e)

class Num(float):
    pass

print(sumsq([Num(2.0), 3.0]))

def tb(xs):
    t = 0.0
    for x in xs:
        t = t + 1.0 / x
    return t

print(tb([1.0, 2.0, 4.0]))
tb([1.0, 0.0])
