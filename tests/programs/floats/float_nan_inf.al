# nan and inf: arithmetic, comparisons and parsing.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * -1, inf - inf, inf * 0, -inf + -inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf)
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == float("infinity"))
for s in ["inf", "-inf", "+inf", "Infinity", "INF", "-Infinity", "nan", "NaN", "-nan", "  inf  "]:
    print(repr(s), float(s))
print(float("1e309"), float("-1e309"), float("1e-400"))
print(max(1.0, inf), min(-inf, 0), abs(-inf), abs(nan))
x = nan
print(x is x, x == x, [x] == [x])
print(inf // 1, 5 % inf, -5 % inf, -inf * -inf)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(inf > nan, inf < nan, nan + 1, nan * 0)
