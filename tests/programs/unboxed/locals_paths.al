# Locals kept unboxed (floats across statements and loop iterations): every
# value a guard can meet, on every path.


def accumulate(n):
    acc = 0.0
    i = 0
    while i < n:
        acc = acc + i * 0.5
        i = i + 1
    return acc


def int_overflow(n):
    # An int local assigned arithmetic grows past the small-int range.
    x = 3
    y = 1.5
    for _ in range(n):
        x = x * x + 1
        y = y * 1.5
    return x, y


def mixed_paths(flag):
    # A float on one path, an int or a str on another, then used again.
    v = 1.5 * 2.0
    if flag == 1:
        v = 7
    elif flag == 2:
        v = "s"
    elif flag == 3:
        v = v * 3
    elif flag == 4:
        v = None
    out = []
    for _ in range(3):
        try:
            v = v + v
        except TypeError as e:
            out.append(str(e))
            v = 0.25 * 4
        out.append(v)
    return out


def divisions(a, b):
    r = a * 1.0
    try:
        r = r / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "r is still", r)
    try:
        r = r // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        r = r % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return r


def specials():
    inf = 1e308 * 10.0
    nan = inf - inf
    neg0 = -1.0 * 0.0
    z = 0.0 * 1.0
    print(inf, nan, neg0, z, neg0 == z, str(neg0), repr(neg0 + 0.0), neg0 - 0.0)
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= 0.0)
    print(inf > 1e308, -inf < -1e308, inf == inf, inf - 1e308 == inf)
    m = neg0 * -1.0
    print(m, 1.0 / inf, -1.0 / inf, (-1.0 / inf) * 0.0)
    big = 2.0 ** 1023
    try:
        big = big * 2.0 ** 1023
        print("overflow to", big)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        big = big ** 2.0
    except OverflowError as e:
        print("OverflowError", e, big)


def with_bools(t):
    b = t
    x = b + 0.5
    y = b * 2.5 - True
    z = x / (b + 1)
    w = False
    w = w + w
    print(x, y, z, w, type(w).__name__, True * 1.5, 1.5 - False)


def unbound(n):
    if n > 0:
        v = n * 0.5
    try:
        v = v + 1.0
        print("v", v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def deleted():
    x = 2.5 * 2.0
    y = x * x
    del x
    try:
        print(x * 2.0)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = y * 0.5
    return x


def captured():
    # A local an inner function reads lives in a cell, not unboxed.
    s = 0.5 * 3.0
    def get():
        return s
    s = s * 2.0
    k = s + 1.0
    def inc(d):
        nonlocal k
        k = k + d
        return k
    inc(0.5)
    return get(), inc(1.25), k


def gen(n):
    t = 0.0
    for i in range(n):
        t = t + i * 0.25
        yield t
    t = t * 2.0
    yield t


def handler(xs):
    total = 0.0
    last = 0.0
    for x in xs:
        try:
            last = total * 1.0
            total = total + 10.0 / x
        except ZeroDivisionError:
            print("in handler:", total, last)
            total = total - 0.5
        except TypeError:
            print("type error with", total)
        finally:
            total = total * 1.0
    return total


def escapes():
    # The boxed value kept after an escape is the same object each time.
    x = 1.5 * 3.0
    # (A generic list: one of floats only would store them unboxed.)
    a = [x, x, None]
    d = {"k": x}
    y = x
    print(a[0] is a[1], a[0] is d["k"], y is x, x is x)
    z = 2.0 * x
    f = lambda: None
    print(z, f() is None, [z] == [9.0], (z,))
    return a


def walrus(n):
    out = []
    w = 0.0
    for i in range(n):
        w = w + i / 2
        if (w := w * 2.0) > 10:
            out.append(w)
    print(out, [w * 0.5 for _ in range(2)], sorted(locals().items()))


def augmented(n):
    s = 1.0
    p = 2
    for i in range(n):
        s += i
        s *= 1.5
        s -= 0.25
        s /= 1.25
        s **= 1.0
        p **= 2
        p -= 1
    return s, p


def powers(b, e):
    r = b * 1.0
    out = []
    for x in [0.5, 2.0, -1.0, 0.0, 3, -2, float("inf"), float("nan"), 1e308]:
        try:
            out.append(r ** x)
        except (OverflowError, ZeroDivisionError) as err:
            out.append(type(err).__name__)
    q = e ** 0.5
    out.append(q)
    return out


print(accumulate(10), accumulate(0))
print(int_overflow(7))
for f in range(5):
    print(mixed_paths(f))
print(divisions(7, 2), divisions(7, 0), divisions(7.5, -2.0))
specials()
with_bools(True)
with_bools(False)
unbound(1)
unbound(0)
print(deleted())
print(captured())
print(list(gen(4)))
print(handler([1, 2, 0, 4, "x", 5]))
print(escapes())
walrus(6)
print(augmented(6))
print(powers(2, 9), powers(-8.0, 16.0), powers(0.0, 2), powers(1e300, 1e-300))
print(powers(float("inf"), -0.0), powers(-0.0, 4))


def early(flag):
    # `locals()` and a comprehension before and after an unboxed store.
    print(sorted(locals()))
    try:
        print([x * 2.0 for _ in range(1)])
    except NameError as e:
        print("NameError:", e)
    if flag:
        x = 1.5 * 2.0
    print(sorted(locals()), [x * 2.0 for _ in range(2)] if flag else None)


early(True)
early(False)


def complex_powers():
    # Two known floats whose power is a complex (a negative base, a
    # fractional exponent), kept in a local and used again.
    r = (0.0 - 8.0) ** 0.5
    s = (1.0 - 9.0) ** (1.0 / 3.0)
    t = (0.0 - 2.0) ** 2.0
    print(r, s, t, r * r, type(r).__name__, type(t).__name__)


complex_powers()
