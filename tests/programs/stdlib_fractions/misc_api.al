import fractions
from fractions import Fraction
import operator
import math

print(Fraction, Fraction.__name__, Fraction.__module__, Fraction.__qualname__)
f = Fraction(-7, 3)
print(int(f), operator.truth(f), f.numerator, f.denominator)
try:
    operator.index(f)
except TypeError as e:
    print(e)
try:
    [1, 2, 3][Fraction(1)]
except TypeError as e:
    print(e)
try:
    math.sqrt(Fraction(9, 4)) and print(math.sqrt(Fraction(9, 4)))
except TypeError as e:
    print(e)
print(math.isclose(Fraction(1, 3), 1 / 3), math.fsum([Fraction(1, 10)] * 10))
print(math.gcd(6, 4), abs(Fraction(-1, 2)), -Fraction(0))
print(Fraction(3, 4) * 4 == 3, type(Fraction(3, 4) * 4).__name__)
print(Fraction('3/4') == Fraction(0.75) == 0.75 == Fraction('0.75'))
xs = [Fraction(i, 7) for i in range(-3, 4)]
print(xs)
print([str(x) for x in xs])
print(sorted(xs, reverse=True)[0], sum(xs), max(xs), min(xs))
print('%s and %r' % (Fraction(1, 2), Fraction(1, 2)))
print('{:>10}|{!s:<10}|'.format(str(Fraction(1, 2)), Fraction(3, 4)))
print(divmod(Fraction(7, 2), Fraction(2, 3)), Fraction(-7, 2) // 2, Fraction(-7, 2) % 2)
print(hash(Fraction(1, 2)) == hash(Fraction('0.5')), Fraction(5, 1) == 5.0)
print(round(Fraction(25, 10), 0), round(Fraction(35, 100), 1), round(Fraction(-5, 2)))
