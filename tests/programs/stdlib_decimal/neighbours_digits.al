from decimal import *

D = Decimal
c = getcontext()
for a in ['1.5', '-7', '0', 'Inf', '-Inf', 'NaN', '1e-999999', '9.999999999999999999999999999e999999', '-0',
          '1e-1000026']:
    for m in ['next_plus', 'next_minus', 'logb']:
        c.clear_flags()
        try:
            r = repr(getattr(D(a), m)())
        except Exception as e:
            r = type(e).__name__
        print(a, m, r, [k.__name__ for k, v in c.flags.items() if v])
for a, b in [('1.5', '2'), ('1.5', '-3'), ('Inf', '2'), ('7', '1e3'), ('1', '999999999'), ('1.50', '0.5'),
             ('12345', '28'), ('12345', '-28'), ('12345', '29'), ('-12.5', '1'), ('NaN', '1')]:
    for m in ['scaleb', 'shift', 'rotate']:
        c.clear_flags()
        try:
            r = repr(getattr(D(a), m)(D(b)))
        except Exception as e:
            r = type(e).__name__
        print(a, b, m, r)
print(D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1), D(-0).next_toward(D(0)))
print(D(1011).logical_and(D(110)), D(1011).logical_or(110), D(1011).logical_xor(110), D(1011).logical_invert())
print(D(12).shift(2), D(12345).rotate(-2), D('123456789').rotate(3), D(0).logical_invert())
for bad in [D(12), D('1.1'), D(-1), D('Inf')]:
    try:
        D(1).logical_and(bad)
    except InvalidOperation as e:
        print('InvalidOperation', e)
with localcontext(prec=5, Emax=9, Emin=-9, traps=[]):
    c = getcontext()
    for a, b in [('9.9999e9', 'Inf'), ('1e-9', '0'), ('1e-13', '0'), ('1', '1')]:
        c.clear_flags()
        print(a, b, repr(D(a).next_toward(D(b))), [k.__name__ for k, v in c.flags.items() if v])
    print(D('9.9999e9').next_plus(), D('-1e-13').next_plus(), D(7).scaleb(20), D(7).logb())
