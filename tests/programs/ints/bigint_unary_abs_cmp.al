# Unary minus, abs and comparisons around and beyond 2**63.
vals = [2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 100, -(2 ** 100), 0, 1, -1]
for v in vals:
    print(v, -v, +v, abs(v), -(-v) == v)
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 63 > 2 ** 63 - 1, -(2 ** 63) < -(2 ** 63) + 1, 2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1)
print(2 ** 100 > 1e29, 2 ** 100 < 1e31, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308)
print(-(10 ** 400) < -1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 < 2 ** 70 < 2 ** 71 < 2 ** 72, 2 ** 70 <= 2 ** 70 >= 2 ** 69)
a = 2 ** 63
a = -a
print(a, type(a))
print(abs(-(2 ** 63)) == 2 ** 63)
