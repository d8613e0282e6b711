from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
for r in [ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
          ROUND_FLOOR, ROUND_05UP]:
    vals = []
    for s in ['2.675', '2.665', '-2.675', '2.5', '3.5', '-2.5', '0.05', '1.01', '1.04', '1.06', '-0.001']:
        vals.append(str(D(s).quantize(D('0.01'), rounding=r)))
        vals.append(str(D(s).quantize(D('1'), r)))
    print(r, vals)
print(D('1.2345').quantize(D('0.01'), rounding=ROUND_HALF_UP))
print(D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=ROUND_UP))
print(D('123.456').quantize(D('1e1')), D('123.456').quantize(D('1e-5')), D('-0').quantize(D('0.001')))
print(D('0.5').quantize(D(1)), D('1.5').quantize(D(1)), D('Inf').quantize(D('Inf')))
t('quantize inf', lambda: D('Inf').quantize(D('0.1')))
t('quantize nan', lambda: D('NaN').quantize(D('0.1')))
t('quantize too long', lambda: D('1e27').quantize(D('0.1')))
t('quantize bad exp', lambda: D(1).quantize(D('1e-1000030')))
t('quantize type', lambda: D(1).quantize(0.1))
print(D('2.55').to_integral_value(), D('2.5').to_integral_value(), D('-2.5').to_integral_value(ROUND_HALF_UP))
print(D('2.55').to_integral_exact(), D('123E+2').to_integral(), D('-Inf').to_integral_value())
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('1.2345'), 2), round(D('2.5'), -1))
print(round(D('123.456'), -2), round(D('0.125'), 2), type(round(D('1.5'))).__name__)
t('round nan', lambda: round(D('NaN')))
t('round inf', lambda: round(D('Inf')))
t('round nan n', lambda: round(D('NaN'), 2))
t('round str', lambda: round(D('1.5'), '2'))
import math
print(math.floor(D('-2.5')), math.ceil(D('-2.5')), math.trunc(D('-2.5')), int(D('-7.9')), int(D('1e3')))
t('floor inf', lambda: math.floor(D('-Inf')))
with localcontext(rounding=ROUND_DOWN):
    print(round(D('2.55'), 1), D('2.55').quantize(D('0.1')), round(D('2.5')))
