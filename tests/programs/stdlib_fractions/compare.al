from fractions import Fraction as F
import operator

vals = [F(1, 2), F(-1, 3), F(2), F(0), 2, 0, True, 0.5, 2.0, -0.3333333333333333,
        float('inf'), float('-inf'), float('nan'), 0.5 + 0j, 2j, 'x', None, 10**400]
ops = [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge]
for x in vals[:4]:
    for y in vals:
        for a, b in ((x, y), (y, x)):
            res = []
            for op in ops:
                try:
                    res.append(op(a, b))
                except TypeError as e:
                    res.append(str(e))
            print(repr(a), repr(b), res)
print(sorted([F(1, 2), 0.25, 1, F(-3, 4), -1.0, F(1, 3)]))
print(max(F(1, 3), 0.3), min(F(2), 2.0), F(1, 2) in [0.5], F(1) in {1: 2})
