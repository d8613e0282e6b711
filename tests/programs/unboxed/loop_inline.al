# Calls of module functions that only compute are computed in place in a
# loop's fast copy; whatever the call would do differently (a rebound
# name, an error inside it) is done by the real call.

def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)

def mul_av(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc = acc + a_elem(i, j) * v[j]
        out.append(acc)
    return out

print(mul_av([1.0, 0.5, -2.0, 4.0], 4))

def mods(n):
    t = 0
    for k in range(-n, n):
        t = t + fl(k, 3) * 100 + md(k, -4)
    return t

def fl(a, b):
    return a // b

def md(a, b):
    return a % b

print(mods(7), [fl(k, 3) for k in range(-4, 4)], [md(k, -4) for k in range(-5, 5)])

def tail(x):
    "A docstring does not stop the call being computed in place."
    y = x * x
    y = y + 1.0
    return -y / 2.0

def sum_tail(n):
    t = 0.0
    i = 0
    while i < n:
        t = t + tail(i * 0.5)
        i = i + 1
    return t

print(sum_tail(6))

def inv(x):
    return 1.0 / x

def sum_inv(xs, n):
    t = 0.0
    for i in range(n):
        t = t + inv(xs[i])
    return t

print(sum_inv([1.0, 2.0, 4.0], 3))

def rebind_later(n):
    t = 0.0
    for i in range(n):
        t = t + inv(2.0)
    return t

print(rebind_later(3))
old_inv = inv
def inv(x):
    return x * 10.0
print(rebind_later(3))
inv = old_inv
print(rebind_later(3))

def half(x):
    return x * 0.5

def halves(n):
    t = 0.0
    for i in range(n):
        t = t + half(3.0)
    return t

print(halves(4))
globals()["half"] = lambda x: x * 100.0
print(halves(4))
del globals()["half"]
try:
    print(halves(4))
except NameError as e:
    print("NameError", e)

SCALE = 3.0
def scaled(x):
    return x * SCALE

def use_global(n):
    t = 0.0
    for i in range(n):
        t = t + scaled(1.5)
    return t

print(use_global(4))
SCALE = 4.0
print(use_global(4))

def with_default(x, k=2.0):
    return x * k

def defaults(n):
    t = 0.0
    for i in range(n):
        t = t + with_default(1.0, 3.0)
    return t

print(defaults(3))

def big(x):
    return x * 4611686018427387903

def overflow(n):
    t = 0
    for i in range(n):
        t = t + big(i)
    return t

print(overflow(4))

print(sum_inv([1.0, 0.5, 0.0, 4.0], 4))
