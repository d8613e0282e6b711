from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ['0', '-0', '0.00', '1e5', '1E+5', '-1.23e-7', '123.456', '0.000001', '0.0000001',
          '1e-7', '12e-8', 'inf', '-Infinity', 'nan', 'NaN123', '-sNaN7', ' 1_000.5 ', '1e',
          '.5', '5.', '+.5e+3', '1_2_3', '1__2', '\u0663.5', 'infinity', 'INF', 'nAn',
          '1e999999999', '0e-999999999', '00012.3400', '_1', '1._5', 'nan_1', 'NaN0', '-nan',
          '1e+', '1.e5', 'e5', '.', '-.', '1.2.3', 'abc', '', '  ', '1 2', '0x10']:
    t(repr(s), lambda: (Decimal(s), str(Decimal(s))))
t('int', lambda: [Decimal(0), Decimal(-5), Decimal(10**30), Decimal(True)])
t('float', lambda: [Decimal(0.1), Decimal(-0.0), Decimal(1e300).adjusted(), Decimal(float('inf')),
                    Decimal(float('nan')), Decimal(2.5)])
t('tuple', lambda: [Decimal((0, (1, 2), -1)), Decimal((1, (0,), 'F')), Decimal((0, (1, 2, 3), 'n')),
                    Decimal([1, [4, 5], 3]), Decimal((1, (), 0))])
t('bad tuple', lambda: Decimal((0, (1, 12), -1)))
t('bad tuple', lambda: Decimal((0, (1,))))
t('bad tuple', lambda: Decimal((2, (1,), 0)))
t('bad tuple', lambda: Decimal((0, (1,), 'x')))
t('bad type', lambda: Decimal([]))
t('bad type', lambda: Decimal(None))
t('bad type', lambda: Decimal(1j))
t('decimal', lambda: Decimal(Decimal('1.50')))
t('from_float', lambda: [Decimal.from_float(0.1), Decimal.from_float(5), Decimal.from_float(-0.0)])
t('from_float', lambda: Decimal.from_float('1'))
