from fractions import Fraction as F

cases = [(F(2, 3), 3), (F(2, 3), -3), (F(-2, 3), -3), (F(-2, 3), 2), (F(-2, 3), -2),
         (F(2, 3), 0), (F(0), 0), (F(0), -1), (F(0), -2), (F(2, 3), F(2)), (F(2, 3), F(-2)),
         (F(2, 3), F(1, 2)), (F(4), F(1, 2)), (F(-8), F(1, 3)), (F(1, 2), 2.0),
         (F(1, 2), 0.5), (F(1, 2), 1 + 1j), (2, F(1, 2)), (2, F(2)), (2, F(-2)),
         (-2, F(-3)), (0, F(-1)), (-8, F(1, 3)), (1.5, F(1, 2)), (1.5, F(2)), (1.5, F(-2)),
         (2j, F(2)), (2j, F(1, 2)), (F(1, 2), 'x'), (10, F(1000)), (F(1, 2), True)]
for x, y in cases:
    try:
        r = x ** y
        print(repr(x), repr(y), repr(r), type(r).__name__)
    except Exception as e:
        print(repr(x), repr(y), type(e).__name__, e)
print(pow(F(3, 2), 2), pow(2, F(3)))
