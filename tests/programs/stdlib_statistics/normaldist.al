import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


n = S.NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(S.NormalDist(), S.NormalDist(1, 2) == S.NormalDist(1.0, 2.0), repr(S.NormalDist(F(1, 2), 3)))
print(n.pdf(100), n.pdf(130), n.cdf(100), n.cdf(130), n.cdf(-1e300))
print(n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(1e-200), n.inv_cdf(0.999))
print(n.quantiles(), n.quantiles(10))
print(n.zscore(130), n.zscore(70.5))
print(n.overlap(S.NormalDist(110, 15)), n.overlap(S.NormalDist(100, 30)), n.overlap(n))
print(S.NormalDist(2.4, 1.6).overlap(S.NormalDist(3.2, 2.0)))
d = S.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(d, d.stdev)
print(S.NormalDist.from_samples(iter([1, 2, 4])))
print(S.NormalDist.from_samples([F(1, 3), F(1, 2), 1]))
