# Numeric loops with loops inside them: the fast copy runs the inner loop
# too, with `break` and `continue` at each level, and leaves for the
# generic copy in the middle of an inner loop (an int growing past the
# small range, an item that is not a float, a division by zero).

def pairs(xs):
    n = len(xs)
    total = 0.0
    i = 0
    while i < n:
        j = i + 1
        while j < n:
            d = xs[i] - xs[j]
            total = total + d * d
            j = j + 1
        i = i + 1
    return total

print(pairs([1.0, 2.5, -3.0, 4.25]), pairs([]), pairs([1, 2, 3]), pairs([1.0, 2, 3.5]))

def grid(n, m):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < m:
            if j == 3:
                j = j + 1
                continue
            if i * j > 20:
                break
            s = s + i * j
            j = j + 1
        if s > 100:
            break
        i = i + 1
    return s, i

print(grid(5, 6), grid(10, 10), grid(0, 3))

def grow(n):
    # The product leaves the small-int range in the inner loop.
    p = 1
    k = 0
    while k < n:
        m = 0
        while m < 10:
            p = p * 3 + m
            m = m + 1
        k = k + 1
    return p, k, m

print(grow(1), grow(3), grow(7))

def divide(xs, ys):
    out = 0.0
    i = 0
    while i < len(xs):
        j = 0
        while j < len(ys):
            out = out + xs[i] / ys[j]
            j = j + 1
        i = i + 1
    return out

print(divide([1.0, 2.0], [4.0, 0.5]))
try:
    divide([1.0, 2.0], [4.0, 0.0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divide([1.0, "x"][:1], [2.0, 4.0]))
try:
    divide([1.0, 3.0], [2.0, "x"])
except TypeError as e:
    print("TypeError", e)

def rows(bodies, steps):
    n = len(bodies)
    s = 0
    while s < steps:
        i = 0
        while i < n:
            b = bodies[i]
            j = i + 1
            while j < n:
                c = bodies[j]
                dx = b[0] - c[0]
                b[1] = b[1] - dx * 0.01
                c[1] = c[1] + dx * 0.01
                j = j + 1
            i = i + 1
        s = s + 1
    return bodies

print(rows([[0.0, 0.0], [1.0, 0.0], [3.0, 1.0]], 5))
print(rows([[0, 0], [1.0, 0.0], [3, 1]], 3))
try:
    rows([[0.0, 0.0], [1.0]], 2)
except IndexError as e:
    print("IndexError", e)
