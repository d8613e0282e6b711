import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


t(S.NormalDist, 0, -1)
t(S.NormalDist, 'a', 1)
n = S.NormalDist(1, 0)
t(n.pdf, 1)
t(n.cdf, 1)
t(n.inv_cdf, 0.5)
t(n.zscore, 1)
t(n.overlap, S.NormalDist())
t(S.NormalDist().overlap, n)
t(S.NormalDist().inv_cdf, 0)
t(S.NormalDist().inv_cdf, 1)
t(S.NormalDist().inv_cdf, -0.5)
t(S.NormalDist().overlap, 1)
t(S.NormalDist.from_samples, [1])
t(S.NormalDist.from_samples, [])
t(S.NormalDist().quantiles, 0)
print(S.NormalDist().quantiles(1))
