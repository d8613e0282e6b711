from fractions import Fraction
import copy


class Money(Fraction):
    def __repr__(self):
        return 'Money(%s)' % self


m = Money(5, 2)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__)
print(repr(copy.copy(m)), repr(copy.deepcopy(m)), type(copy.copy(m)).__name__)
f = Fraction(1, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(repr(copy.deepcopy([f, {f: m}])))
print(isinstance(m, Fraction), Money(Fraction(1, 2), 3))
print(format(f), format(f, ''), '{}'.format(f), f'{f!r:>20}')
try:
    format(f, '.2f')
except TypeError as e:
    print(e)
