from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
for s in ['2', '4', '0.25', '1E+10', '10', '0', '-0', '1.00', '0.001', '2E-1000', 'Infinity', '-4', 'NaN', '12345678901234567890']:
    t('sqrt ' + s, lambda: D(s).sqrt())
with localcontext(prec=50):
    print(D(2).sqrt())
with localcontext(prec=3, rounding=ROUND_DOWN):
    print(D(2).sqrt(), D(3).sqrt(), D('0.0009').sqrt())
print(D('1.5').fma(2, D('0.25')), D(2).fma(3, -6), D('1e30').fma(D('1e30'), 1))
print(D('-0').compare(0), D('1.1').compare(D('1.10')), D('NaN').compare(1), D(2).compare(1))
print(D('1.10').compare_total(D('1.1')), D('-NaN').compare_total(D('Inf')), D('sNaN').compare_total(D('NaN')))
print(D(1).max(D('NaN')), D('-0').min(D('0')), D(-3).max_mag(2), D(-3).min_mag(2), D(2).max(D('2.0')))
print(D('1.2345678901234567890123456789012').max(0))
print(D(18).remainder_near(6), D(10).remainder_near(6), D(-10).remainder_near(6), D('3.6').remainder_near(D('1.1')))
print(D('-2.5').copy_abs(), D('2.5').copy_negate(), D('2.5').copy_sign(D('-1')), D('1.00').same_quantum(D('2.00')))
print(D('1.200').normalize(), D('-0.00').normalize(), D('120E+2').normalize(), D('Inf').normalize())
for s in ['0', '-0', '1', '-1e-999999', '1e-1000000', 'Inf', '-Inf', 'NaN', 'sNaN']:
    d = D(s)
    print(s, d.number_class(), d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.is_finite(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.is_canonical())
print(D(1).radix(), D(5).canonical())
