from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
vals = ['1234567.891', '-0.000123', '0', '-0', '1E+5', 'Infinity', 'NaN', '-sNaN', '2.5', '0.125',
        '123.456e-10', '9.999', '1E-7', '100', '-1234.5']
specs = ['', '.2f', 'f', ',', ',.2f', '_.3f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%',
         '>15.2f', '<12', '^+12.1f', '0=12.2f', '012.2f', ' .2f', '+', 'n', '.0f', '#.0f', '.10g',
         '20,.4f', 'z.1f', '.0e', '*^11,', '012,.1f', 'x', '.2', '.0g', '010']
for v in vals:
    out = []
    for spec in specs:
        try:
            out.append(format(D(v), spec))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(v, out)
price = D('1234.5')
print(f'{price:,.2f} {price:>12.1f} {price:e} {D("0.075"):.1%}')
print('{:.3f}|{:10}|{!r}'.format(D('3.14159'), D('2.5'), D('1.0')))
