from fractions import Fraction as F
import math

vals = [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(2, 3), F(-2, 3),
        F(10), F(-10), F(0), F(12345, 1000), F(-12355, 1000), F(1, 20000)]
for f in vals:
    print(repr(f), round(f), math.floor(f), math.ceil(f), math.trunc(f), int(f),
          type(round(f)).__name__)
    for nd in (-2, -1, 0, 1, 2, 3):
        r = round(f, nd)
        print('  ', nd, repr(r), type(r).__name__)
print(float(F(1, 3)), float(F(-10**400, 3**800)), float(F(2**1100, 3)) if False else '',
      complex(F(3, 4)))
try:
    float(F(10**400, 3))
except OverflowError as e:
    print('OverflowError', e)
