import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


t(S.median, [1, 3, 5])
t(S.median, [1, 3, 5, 7])
t(S.median, [1, 3, 2, 4])
t(S.median, [1, 3, F(1, 2), 4])
t(S.median, [2.5, 1, 7, 3.5])
t(S.median, 'cabd')
t(S.median, [])
t(S.median_low, [1, 3, 5])
t(S.median_low, [1, 3, 5, 7])
t(S.median_low, ['b', 'a'])
t(S.median_low, [])
t(S.median_high, [1, 3, 5])
t(S.median_high, [1, 3, 5, 7])
t(S.median_high, ['a', 'c', 'b'])
t(S.median_high, [])
t(S.median_grouped, [52, 52, 53, 54])
t(S.median_grouped, [1, 3, 3, 5, 7])
t(S.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
t(S.median_grouped, [1, 3, 3, 5, 7], 2)
t(S.median_grouped, [1, 2, 3, 4], interval=F(1, 2))
t(S.median_grouped, [F(1, 2), F(3, 2)])
t(S.median_grouped, [5])
t(S.median_grouped, [F(1, 3)])
t(S.median_grouped, [2.25, 2.25, 2.5, 3.75, 9.0], 0.25)
t(S.median_grouped, [])
t(S.median_grouped, ['a', 'b'])
t(S.median_grouped, ['a'])
t(S.median_grouped, [5, 'a'])
t(S.median_grouped, [5, 6], '2')
t(S.median_grouped, [5, 6], None)
t(S.median_grouped, [5, 6], 'x')
