# Numeric loops over lists of each strategy: float lists, generic lists of
# floats, lists of ints, and a list local that switches strategy inside
# the loop (the specialised fast copy gives way to the tested one).
def advance(bodies, dt, steps):
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
                d2 = dx * dx + 0.01
                mag = dt / (d2 * (d2 ** 0.5))
                b[1] = b[1] - dx * c[2] * mag
                c[1] = c[1] + dx * b[2] * mag
                j = j + 1
            i = i + 1
        for b in bodies:
            b[0] = b[0] + dt * b[1]
        s = s + 1
    return [round(x, 9) for b in bodies for x in b]

def floats():
    return [[0.0, 0.5, 1.0], [1.0, -0.5, 2.0], [3.0, 0.0, 0.5]]

def generic():
    # Made from ints, then given floats: generic lists of floats.
    out = []
    for k in range(3):
        b = [0, 0, 0]
        for m in range(3):
            b[m] = floats()[k][m]
        out.append(b)
    return out

def mixed():
    bs = floats()
    bs[1] = generic()[1]
    return bs

print(advance(floats(), 0.01, 50))
print(advance(generic(), 0.01, 50))
print(advance(mixed(), 0.01, 50))

def shift(p, q, r):
    i = 0
    while i < r:
        p[i] = p[i + 1]
        q[i] = p[i]
        q[r] = i
        i = i + 1
    return p, q

print(shift(list(range(6)), [0] * 6, 4))
print(shift([0.5, 1.5, 2.5, 3.5, 4.5, 5.5], [0.0] * 6, 4))
print(shift([0.5, 1.5, 2.5, 3.5, 4.5, 5.5], [0] * 6, 4))

def total(rows):
    t = 0.0
    for row in rows:
        k = 0
        while k < len(row):
            t = t + row[k]
            k = k + 1
    return t

print(total([[1.5, 2.5], [1, 2], [0.25], [3, 0.5]]))

def scale(xs, f):
    for x in xs:
        f = f * 0.5 + x
    return f

print(scale([1.0, 2.0, 3.0], 1.0), scale([1, 2.0, 3], 1.0), scale([], 2.0))
ys = [0.5, float("nan"), 1.5]
acc = 0.0
for y in ys:
    if y == y:
        acc = acc + y
print(acc, ys)
