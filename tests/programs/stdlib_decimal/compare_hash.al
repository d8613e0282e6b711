from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


from fractions import Fraction
D = Decimal
for v in ['0.5', '7', '-1', '1e100', '-1.5', '0.1', '1E-30', '0', '-0', 'Infinity', '-Infinity', '1.000']:
    print(v, hash(D(v)))
print(hash(D('0.5')) == hash(0.5), hash(D(7)) == hash(7), hash(D('0.25')) == hash(Fraction(1, 4)))
print(hash(D('1.10')) == hash(D('1.1')), len({D('1.0'), D(1), 1, 1.0, D('1.00')}))
print({D('2.50'): 'x'}[D('2.5')])
print(D('1.5') < 2, D(2) == 2.0, D('NaN') == D('NaN'), D('NaN') != D('NaN'), D(2) > D('1.999'))
print(D('1.0') == D('1'), D('-0') == D('0'), D('Inf') > D('1e999999'), D('-Inf') < -10**100)
print(D('0.5') == Fraction(1, 2), D('0.1') < Fraction(1, 3), D('0.1') == 0.1, D(0.1) == 0.1)
print(max(D(1), D('1.0')), min(D(1), D('1.0')), sorted([D('2.5'), D('-1'), D('1E1'), D('0.3')]))
print(D(1) < 1.5, D('1.5') >= 1.5)
t('nan < 1', lambda: D('NaN') < 1)
t('lt str', lambda: D(1) < 'a')
t('eq str', lambda: D(1) == 'a')
c = getcontext()
c.clear_flags()
print(D(1) == 1.0, c.flags[FloatOperation])
c.traps[FloatOperation] = True
t('eq float trap', lambda: D(1) == 1.0)
t('lt float trap', lambda: D(1) < 1.0)
t('construct trap', lambda: D(1.5))
c.traps[FloatOperation] = False
