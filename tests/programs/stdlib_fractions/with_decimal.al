from fractions import Fraction
from decimal import Decimal

print(Fraction(Decimal('1.1')), Fraction(Decimal('-0.125')), Fraction(Decimal('1E+3')))
print(Fraction.from_decimal(Decimal('3.75')), Fraction.from_decimal(7), repr(Fraction.from_decimal(Decimal('-0'))))
for bad in [1.5, 'x', None]:
    try:
        Fraction.from_decimal(bad)
    except TypeError as e:
        print(e)
for bad in [Decimal('NaN'), Decimal('Infinity'), Decimal('sNaN')]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(Fraction(1, 2) == Decimal('0.5'), Decimal('0.5') == Fraction(1, 2), Fraction(1, 3) < Decimal('0.34'))
print(hash(Fraction(1, 4)) == hash(Decimal('0.25')))
try:
    Fraction(1, 2) + Decimal(1)
except TypeError as e:
    print(e)
try:
    Fraction(Decimal(1), 2)
except TypeError as e:
    print(e)
