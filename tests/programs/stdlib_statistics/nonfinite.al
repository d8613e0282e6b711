import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


inf = float('inf')
nan = float('nan')
t(S.mean, [inf, 1])
t(S.mean, [inf, -inf])
t(S.mean, [nan, 1, 2])
t(S.fmean, [inf, 2])
t(S.variance, [1.0, inf])
t(S.pvariance, [nan, 1.0])
t(S.stdev, [1.0, inf])
t(S.stdev, [1.0, nan])
t(S.pstdev, [inf])
t(S.median, [inf, 1, 2])
t(S.harmonic_mean, [inf, 2.0])
t(S.geometric_mean, [inf, 2.0])
t(S.NormalDist.from_samples, [1.0, inf])
t(S.quantiles, [inf, 1, 2, 3])
