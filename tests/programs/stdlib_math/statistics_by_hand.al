# Descriptive statistics written with math: mean with fsum, median and
# percentiles by interpolation, variance and standard deviation, z-scores,
# a least-squares line, geometric and harmonic means with log/exp, and how
# inf and nan flow through (isnan, isinf, isfinite).
import math

data = [2.5, 3.1, 4.7, 5.0, 5.0, 6.2, 7.9, 8.8, 9.4, 12.3]


def mean(xs):
    return math.fsum(xs) / len(xs)


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] if lo == hi else s[lo] + (s[hi] - s[lo]) * (k - lo)


def stdev(xs):
    m = mean(xs)
    return math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1))


m, sd = mean(data), stdev(data)
print(m, percentile(data, 50), percentile(data, 25), percentile(data, 90), sd)
print([round((x - m) / sd, 3) for x in data])
geo = math.exp(math.fsum(math.log(x) for x in data) / len(data))
harm = len(data) / math.fsum(1 / x for x in data)
print(round(geo, 12), round(harm, 12), harm <= geo <= m)
xs = list(range(1, 11))
ys = [2.1 * x + 0.7 + (-1) ** x * 0.3 for x in xs]
mx, my = mean(xs), mean(ys)
slope = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.fsum((x - mx) ** 2 for x in xs)
print(round(slope, 10), round(my - slope * mx, 10), math.isclose(slope, 2.1, abs_tol=0.05))
weird = [1.0, math.inf, -math.inf, math.nan, 0.0, -0.0]
print([(math.isnan(x), math.isinf(x), math.isfinite(x)) for x in weird])
print(math.fsum([math.inf, 1]), math.inf - math.inf, math.nan == math.nan, math.nan in [math.nan], max(1, math.nan), max(math.nan, 1))
print(sorted([3, math.nan, 1]), math.copysign(1, -0.0), math.atan2(0.0, -0.0), math.hypot(math.inf, math.nan))
for bad in [lambda: math.fsum([math.inf, -math.inf]), lambda: stdev([1]), lambda: mean([]), lambda: math.log(-1)]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
