import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
t(S.covariance, x, y)
t(S.covariance, x, [9, 8, 7, 6, 5, 4, 3, 2, 1])
t(S.covariance, [0.5, 1.25, 7.0], [F(1, 2), 3, 2])
t(S.correlation, x, x)
t(S.correlation, x, y)
t(S.correlation, x, x[::-1])
t(S.correlation, [1, 2, 3, 4], [2, 4, 5, 9])
t(S.linear_regression, [1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
t(S.linear_regression, [1, 2, 3], [2, 4, 7])
t(S.linear_regression, [1, 2, 3], [2, 4, 7], proportional=True)
lr = S.linear_regression([1.5, 2.5, 4.0], [0.5, 1.0, 3.25])
print(lr.slope, lr.intercept, lr._fields, type(lr).__name__, lr[0] == lr.slope)
t(S.correlation, [1, 2, 3], [1, 1, 1])
t(S.correlation, [1, 2], [1, 1, 1])
t(S.correlation, [1], [1])
t(S.covariance, [1], [1])
t(S.covariance, [1, 2], [1])
t(S.linear_regression, [1, 1], [1, 2])
t(S.linear_regression, [1], [1])
t(S.linear_regression, [1, 2], [1, 2, 3])
t(S.linear_regression, [1, 2, 3], iter([2, 4, 7]))
t(S.correlation, iter([1, 2, 3]), [1, 2, 3])
t(S.covariance, [1, 'a'], [1, 2])
