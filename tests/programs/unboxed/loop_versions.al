# Numeric while loops run in a fast copy with unboxed locals; whatever the
# fast copy cannot do goes back to the generic copy mid-loop. Each case
# checks that nothing of that is visible.

def mandel(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    it = 0
    while it < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        it = it + 1
    return it, zr, zi

print(mandel(-0.5, 0.5, 50), mandel(0.3, 0.6, 1000), mandel(2.0, 2.0, 10))

def grow(n):
    # Leaves the small-int range: the rest runs generic, with big ints.
    x = 1
    i = 0
    while i < n:
        x = x * 3
        i = i + 1
    return x

print(grow(10), grow(40), grow(100))

def grow_add(n):
    x = 4611686018427387000
    i = 0
    while i < n:
        x = x + 100
        i += 1
    return x, type(x).__name__

print(grow_add(3), grow_add(0))

def negate(x, n):
    i = 0
    while i < n:
        x = -x
        i = i + 1
    return x

print(negate(-4611686018427387904, 3), negate(5, 4), negate(-2.5, 1))

def divide(a, b, n):
    i = 0
    acc = 0.0
    while i < n:
        acc = acc + a / b
        b = b - 1
        i = i + 1
    return acc

print(divide(10, 3, 3))
try:
    print(divide(10, 2, 5))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(divide(1.5, 2.0, 5))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divide(2 ** 60, 3, 2), divide(9007199254740993, 2, 2))

def zero_trips(n):
    x = 1.5
    y = x
    i = 0
    while i < n:
        x = x + 1.0
        i = i + 1
    return x, x is y

print(zero_trips(0), zero_trips(3))

def identity_kept(n):
    x = 2.5
    y = x
    i = 0
    while i < n:
        if i > 100:
            x = x + 1.0
        i = i + 1
    return x is y, x

print(identity_kept(5))

def mixed(n):
    # `x` starts as an int and becomes a float: the guard keeps it generic.
    x = 0
    i = 0
    while i < n:
        x = x + 0.5
        i = i + 1
    return x

print(mixed(0), mixed(1), mixed(4))

def strings(n):
    s = "a"
    i = 0
    while i < n:
        s = s + s
        i = i + 1
    return s

print(strings(3))

def steps(n):
    i = 0
    odd = 0
    even = 0
    total = 0.0
    while i < n:
        i = i + 1
        if i - (i / 2) * 2 != 0:
            continue
        if i > 50:
            break
        elif i > 10:
            odd = odd + 1
        else:
            even = even + 1
            total -= 0.25
    return i, odd, even, total

print(steps(100), steps(7))

def specials(n):
    a = 1e308
    b = -0.0
    c = float("nan")
    i = 0
    hits = 0
    while i < n:
        a = a * 10.0
        b = b * 2.0
        if c != c:
            hits = hits + 1
        if c == c:
            hits = hits + 100
        if a > 1e308:
            hits = hits + 1000
        i = i + 1
    return a, b, c, hits

print(specials(3))

def compare_literals(n):
    x = 0.0
    i = 0
    while x < 3:
        x = x + 0.75
        i = i + 1
    while 10 > x:
        x = x * 2.0
    return x, i

print(compare_literals(0))

def unbound(n):
    i = 0
    while i < n:
        if i > 2:
            t = t + 1.0
        else:
            t = 0.5
        i = i + 1
    return t

print(unbound(6))
try:
    def late(n):
        i = 0
        while i < n:
            i = i + 1
            if i > 1:
                q = q + 1
        return i
    print(late(3))
except UnboundLocalError as e:
    print("UnboundLocalError", e)

class Point:
    def __init__(self, x):
        self.x = x

    def walk(self, n):
        pos = 0.0
        step = 0.125
        k = 0
        while k < n:
            pos = pos + step
            step = step * 1.5
            k += 1
        return pos

print(Point(1).walk(12))

def bools(n):
    flag = True
    i = 0
    while i < n:
        i = i + flag
    return i

print(bools(4))

def int_div(a, n):
    i = 1
    out = 0.0
    while i <= n:
        out = out + a / i
        i = i + 1
    return out

print(int_div(1, 10), int_div(7, 3))

def keep_types(n):
    i = 0
    x = 3
    while i < n:
        x = x * 1
        i = i + 1
    return type(x).__name__, x

print(keep_types(5))

def float_then_int_compare(n):
    x = 2.0
    i = 0
    while i < n:
        x = x * 1.0000001
        i = i + 1
    return x > 2, x

print(float_then_int_compare(1000))

def scale(x, k, n):
    # `k` only meets floats: an int `k` is converted as each product would.
    i = 0
    while i < n:
        x = x * k + 0.5
        i = i + 1
    return x

print(scale(1.0, 3, 4), scale(1.0, 0.5, 4), scale(1.0, 2 ** 60, 2), scale(1.0, -(2 ** 55) - 1, 2))
print(scale(1.0, True, 3))
try:
    print(scale(1.0, "s", 2))
except TypeError as e:
    print("TypeError", e)

def ratio(a, w, n):
    i = 0
    r = 0.0
    while i < n:
        r = r + a / w
        i = i + 1
    return r

print(ratio(3.0, 4, 3), ratio(3.0, 0.5, 2))
try:
    ratio(1.0, 0, 2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def traceback_here(n):
    x = 1.0
    y = 1.0
    i = 0
    while i < n:
        x = x - 0.5
        y = y / x
        i = i + 1
    return y

print(traceback_here(1))
print(traceback_here(3))
