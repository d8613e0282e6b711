import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


t(S.mean, [1, 2, 3, 4, 4])
t(S.mean, [1, 2, 3, 4])
t(S.mean, [-1.0, 2.5, 3.25, 5.75])
t(S.mean, [F(3, 7), F(1, 21), F(5, 3), F(1, 3)])
t(S.mean, [1, F(1, 2)])
t(S.mean, [1.5, F(1, 2)])
t(S.mean, [True, False, True])
t(S.mean, iter([1, 2, 3, 4]))
t(S.mean, (x * 0.1 for x in range(10)))
t(S.mean, [1e308, 1e308, -1e308])
t(S.mean, [0.1] * 10)
t(S.mean, range(1, 101))
t(S.fmean, [3.5, 4.0, 5.25])
t(S.fmean, iter([1, 2, 3]))
t(S.fmean, [1, 2, 3], [3, 2, 1])
t(S.fmean, [1, 2, 3], iter([3, 2, 1]))
t(S.fmean, iter([1, 2]), iter([1, 2]))
t(S.fmean, [F(1, 3), F(2, 3)])
t(S.fmean, [True, 3])
t(S.geometric_mean, [54, 24, 36])
t(S.geometric_mean, [2, 8])
t(S.geometric_mean, iter([1.5, 2.5, 10]))
t(S.harmonic_mean, [40, 60])
t(S.harmonic_mean, [2.5, 3, 10])
t(S.harmonic_mean, [40, 60], [5, 30])
t(S.harmonic_mean, [F(1, 2), 4])
t(S.harmonic_mean, [F(1, 2), F(4)])
t(S.harmonic_mean, [5])
t(S.harmonic_mean, [F(5)])
t(S.harmonic_mean, [2.0])
t(S.harmonic_mean, iter([2, 3]))
t(S.harmonic_mean, [1.0, 2, 4], [1, 1, 0])
t(S.harmonic_mean, [1, 0, 2])
t(S.harmonic_mean, [0.0, 1.0])
