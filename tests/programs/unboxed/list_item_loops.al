# Loops whose locals are lists read at constant indices (nbody's shape):
# rows of floats, of ints, of both, rows too short for an index, negative
# indices, and a row whose strategy changes while the loop runs.

def shift(rows, dt):
    for b in rows:
        b[0] = b[0] + dt * b[3]
        b[1] = b[1] + dt * b[-3]
        b[2] += dt * b[-1]
    return rows

print(shift([[0.0, 0.0, 0.0, 1.0, 2.0, 3.0]], 0.5))
print(shift([[1, 2, 3, 4, 5, 6]], 0.5))
print(shift([[0.0, 0.0, 0.0, 1.0, 2.0, 3.0], [1, 2, 3, 4, 5, 6], [0.5] * 6], 2))
try:
    shift([[0.0, 0.0, 0.0, 1.0, 2.0, 3.0], [1.0, 2.0, 3.0]], 0.5)
except IndexError as e:
    print("IndexError", e)
rows = [[1.0] * 6, [0.0] * 3]
try:
    shift(rows, 1.0)
except IndexError as e:
    print("IndexError", e, rows)

def pairs(bodies, dt):
    n = len(bodies)
    i = 0
    while i < n:
        b = bodies[i]
        j = i + 1
        while j < n:
            c = bodies[j]
            dx = b[0] - c[0]
            d2 = dx * dx + 0.01
            mag = dt / (d2 * d2 ** 0.5)
            b[1] = b[1] - dx * c[2] * mag
            c[1] = c[1] + dx * b[2] * mag
            j = j + 1
        i = i + 1
    return bodies

print(pairs([[0.0, 0.0, 1.0], [1.0, 0.0, 2.0], [3.0, 1.0, 0.5]], 0.01))
print(pairs([[0, 0, 1], [1.0, 0.0, 2.0], [3, 1, 2]], 0.01))
try:
    pairs([[0.0, 0.0, 1.0], [1.0, 0.0]], 0.01)
except IndexError as e:
    print("IndexError", e)

def strategy_change(rows):
    out = 0.0
    for b in rows:
        b[0] = b[0] * 2.0
        out = out + b[0]
        if out > 3.0:
            rows[-1][1] = "x"
    return out, rows

print(strategy_change([[1.0, 1.0], [1.5, 2.0], [2.5, 3.0]]))
