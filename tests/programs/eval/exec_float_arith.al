# Arithmetic and comparisons in exec'd code, whose float paths run in rt:
# mixes of small ints, big ints and floats, NaN, infinities, -0.0.
src = '''
vals = [0, 1, -3, 2**70, 0.5, -0.0, 1e308, float("inf"), float("nan"), 7, 2.5]
out = []
for a in vals:
    for b in vals:
        row = []
        for op in ("+", "-", "*"):
            try:
                row.append(repr(eval("a" + op + "b", {"a": a, "b": b})))
            except Exception as e:
                row.append(type(e).__name__)
        row.append(a < b)
        row.append(a <= b)
        row.append(a == b)
        row.append(a != b)
        row.append(a > b)
        row.append(a >= b)
        out.append(row)
def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
'''
ns = {}
exec(src, ns)
for row in ns["out"][:40]:
    print(row)
print(len(ns["out"]))
print(ns["mean"]([1, 2.5, 3]), ns["mean"]([0.1] * 10), ns["clamp"](5.5, 0, 3), ns["clamp"](-1, 0.5, 3))
print(ns["clamp"](float("nan"), 0, 1), ns["clamp"](2**80, 0, 1.5))
