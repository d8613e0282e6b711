import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


t(S.mean, [])
t(S.mean, ['a'])
t(S.mean, [1, 'a'])
t(S.mean, [[1]])
t(S.mean, [1.5, 2 + 1j])
t(S.fmean, [])
t(S.fmean, iter([]))
t(S.fmean, ['a'])
t(S.fmean, [1, 2, 3], [1, 2])
t(S.fmean, [1, 2, 3], [0, 0, 0])
t(S.fmean, [1, 2], [1, 'a'])
t(S.geometric_mean, [1, -2])
t(S.geometric_mean, [])
t(S.geometric_mean, [1, 0])
t(S.geometric_mean, iter([]))
t(S.harmonic_mean, [])
t(S.harmonic_mean, [-1])
t(S.harmonic_mean, ['a'])
t(S.harmonic_mean, [1, -1, 2])
t(S.harmonic_mean, [1, 2], [1])
t(S.harmonic_mean, [1, 2], [0, 0])
t(S.harmonic_mean, [1, 2], [-1, 2])
t(S.harmonic_mean, [1, 'x'])
try:
    S.mean([])
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
print(issubclass(S.StatisticsError, ValueError), S.StatisticsError.__mro__)
print(S.StatisticsError.__module__, S.StatisticsError.__name__)
