# Numeric while loops that read and write list items run in a fast copy
# with the items unboxed; anything else about the items sends them back to
# the generic copy, with the same results and errors as CPython's.

def step(bodies, dt, steps):
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
                dy = b[1] - c[1]
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * (d2 ** 0.5))
                b[2] = b[2] - dx * c[4] * mag
                b[3] -= dy * c[4] * mag
                c[2] = c[2] + dx * b[4] * mag
                c[3] += dy * b[4] * mag
                j = j + 1
            i = i + 1
        i = 0
        while i < n:
            b = bodies[i]
            b[0] = b[0] + dt * b[2]
            b[1] = b[1] + dt * b[3]
            i = i + 1
        s = s + 1
    return bodies

def world():
    return [[0.0, 0.0, 0.0, 0.0, 10.0], [1.0, 0.0, 0.0, 1.0, 0.1], [0.0, 2.0, -0.7, 0.0, 0.2]]

for row in step(world(), 0.01, 200):
    print(row)

# Int items where floats are expected: every item leaves the fast copy.
w = world()
w[1] = [1, 0, 0, 1, 1]
for row in step(w, 0.01, 50):
    print(row)

# A float subclass and a bool among the items.
class F(float):
    def __sub__(self, other):
        return F(float(self) - other + 1000.0)

w = world()
w[0][0] = F(0.5)
w[2][1] = True
for row in step(w, 0.01, 3):
    print(row, [type(x).__name__ for x in row])

def total(xs):
    i = 0
    t = 0.0
    while i < len(xs) - 0:
        t = t + xs[i]
        i = i + 1
    return t

def total2(xs, n):
    i = -1
    t = 0.0
    while i >= -n:
        t = t + xs[i] * 2.0
        i = i - 1
    return t

print(total2([0.5, 1.5, 2.5], 3))
try:
    print(total2([0.5, 1.5, 2.5], 4))
except IndexError as e:
    print("IndexError", e)

def fill(xs, n, v):
    i = 0
    while i < n:
        xs[i] = v * i
        i = i + 1
    return xs

print(fill([0, 0, 0, 0], 4, 1.5), fill([None] * 3, 3, 2), fill([1, 2], 2, -0.0))
try:
    fill([1.0], 2, 1.0)
except IndexError as e:
    print("IndexError", e)

def same_list(xs, n):
    a = xs
    b = xs
    i = 0
    while i < n:
        a[0] = b[0] + 1.0
        b[1] = a[0] * 2.0
        i = i + 1
    return xs

print(same_list([0.0, 0.0], 5))

def rows(grid, n):
    i = 0
    t = 0.0
    while i < n:
        r = grid[i]
        t = t + r[0] * r[1]
        i = i + 1
    return t

print(rows([[1.0, 2.0], [3.0, 4.0]], 2))
try:
    print(rows([[1.0, 2.0], (3.0, 4.0)], 2))
except TypeError as e:
    print("TypeError", e)
try:
    print(rows([[1.0, 2.0], "ab"], 2))
except TypeError as e:
    print("TypeError", e)

def powers(xs, n):
    i = 0
    while i < n:
        xs[i] = xs[i] ** 0.5
        i = i + 1
    return xs

print(powers([4.0, 2.0, 0.0, 1e300], 4))
print(powers([-4.0, 9.0], 2))
try:
    def big(xs, n):
        i = 0
        while i < n:
            xs[i] = xs[i] ** 3.0
            i = i + 1
        return xs
    print(big([1e200], 1))
except OverflowError as e:
    print("OverflowError", e)

def rotate(xs, r):
    # Items copied to items keep whatever they are.
    first = xs[0]
    i = 0
    while i < r:
        xs[i] = xs[i + 1]
        i = i + 1
    xs[r] = first
    return xs

print(rotate([1, "two", None, 4.5, [5]], 4), rotate([3, 2, 1], 2), rotate([7], 0))

def countdown(count, r):
    while r != 1:
        count[r - 1] = r
        r = r - 1
    return count

print(countdown([0] * 6, 6), countdown([0.5] * 3, 1))

def walk_len(xs):
    i = 0
    t = 0.0
    while i < len(xs):
        t = t + xs[i]
        i = i + 1
    return t, i

print(walk_len([0.5, 1.5, 2.0]), walk_len([]))

def shadowed_len(xs):
    len = lambda v: 2
    i = 0
    t = 0.0
    while i < len(xs):
        t = t + xs[i]
        i = i + 1
    return t

print(shadowed_len([1.0, 2.0, 3.0]))

def len_of_other(xs, ys):
    i = 0
    while i < len(ys) - 1:
        xs[i] = ys[i] * 2.0
        i += 1
    return xs

print(len_of_other([0.0] * 4, [1.0, 2.0, 3.0]))
print(len_of_other([0.0, 0.0], (1.0, 2.0, 3.0)))
try:
    len_of_other([0.0], [1.0, 2.0, 3.0])
except IndexError as e:
    print("IndexError", e)

def tb(xs, n):
    i = 0
    while i < n:
        xs[i + 1] = xs[i] * 2.0
        i = i + 1
    return xs

print(tb([1.0, 0.0, 0.0], 2))
tb([1.0, 0.0, 0.0], 3)
