from fractions import Fraction as F

cases = [(), (7,), (-7,), (3, 6), (-3, 6), (3, -6), (-3, -6), (0, 5), (0, -5),
         (1.5,), (-0.1,), (0.0,), (-0.0,), (1e300,), (5e-324,), (True,), (False, True),
         (True, False), (2, True), (F(1, 2), F(3, 4)), (F(1, 2),), (F(3, 4), 2),
         (5, F(3, 7)), (2**100, 6**40), (1, 0), (1.5, 2), (2, 1.5), ([],), (None,),
         (float('nan'),), (float('inf'),), (float('-inf'),), (1j,), ('1/2', 3), (0, 0)]
for args in cases:
    try:
        f = F(*args)
        print(args, repr(f), str(f), f.numerator, f.denominator, type(f.numerator).__name__)
    except Exception as e:
        print(args, type(e).__name__, e)

print(repr(F(numerator=3, denominator=9)), repr(F(denominator=4)))
f = F(10, 4)
print(f.as_integer_ratio(), f.real, f.imag, f.conjugate(), repr(f.real))
print(F.from_float(0.1), F.from_float(3), F.from_float(-2.5), repr(F.from_float(True)))
for bad in ['x', None, 1j]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print(e)
try:
    f.numerator = 3
except AttributeError as e:
    print('AttributeError')
