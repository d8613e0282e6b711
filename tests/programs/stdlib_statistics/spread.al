import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


t(S.variance, [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
t(S.variance, [1, 2, 4])
t(S.variance, [1, 2, 3])
t(S.variance, [1, 2, 3], 2)
t(S.variance, [1, 2, 4], 5)
t(S.variance, [1, 2, 3], F(1, 2))
t(S.variance, [1.5, 2], 1)
t(S.variance, [F(1, 2), F(3, 4), 1])
t(S.variance, [F(1, 6), F(1, 2), F(5, 3)])
t(S.variance, iter([0.1, 0.2, 0.3]))
t(S.pvariance, [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
t(S.pvariance, [1, 2, 3, 4])
t(S.pvariance, [1, 2, 3, 5])
t(S.pvariance, [1.5, 2], 1)
t(S.pvariance, [F(1, 4), F(5, 4), F(1, 2)])
t(S.pvariance, [7])
t(S.stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
t(S.stdev, [1, 2], 5)
t(S.stdev, [F(1, 3), F(2, 3), 1])
t(S.stdev, [1, 2, 3, 4])
t(S.stdev, [10**20, 10**20 + 1, 10**20 + 3])
t(S.stdev, [1e-300, 3e-300, 2e-300])
t(S.pstdev, [1, 2])
t(S.pstdev, [1, 2, 3, 4])
t(S.pstdev, [0.1, 0.2, 0.3, 0.4])
t(S.pstdev, [5])
t(S.stdev, [1])
t(S.stdev, [])
t(S.pstdev, [])
t(S.variance, [3])
t(S.pvariance, [])
t(S.variance, ['a', 'b'])
t(S.variance, [1, 'b'])
