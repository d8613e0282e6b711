import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
for n in range(1, 11):
    t(S.quantiles, data, n=n)
    t(S.quantiles, data, n=n, method='inclusive')
t(S.quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method='inclusive')
t(S.quantiles, [1.5, 2, 10], n=5)
t(S.quantiles, [F(1, 3), F(1, 2), 5], n=3)
t(S.quantiles, [1.5, 2.5])
t(S.quantiles, [1, 2], n=1)
t(S.quantiles, [1])
t(S.quantiles, [])
t(S.quantiles, [1, 2], n=0)
t(S.quantiles, [1, 2], method='x')
t(S.quantiles, [1, 2], method='Inclusive')
