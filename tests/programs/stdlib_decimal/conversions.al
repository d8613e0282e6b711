from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
for s in ['0', '-0', '0.00', '1E+5', '-1.23E-7', '123.456', '1E-7', '12.3400', 'Infinity', '-NaN7',
          'sNaN', '100', '1E+2', '0E+5', '5E-7']:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
print(D('1.5').as_integer_ratio(), D('-12.50').as_integer_ratio(), D('1e3').as_integer_ratio(), D(0).as_integer_ratio())
t('ratio inf', lambda: D('Inf').as_integer_ratio())
t('ratio nan', lambda: D('NaN').as_integer_ratio())
print(float(D('0.1')), float(D('-1e400')), float(D('1e-400')), float(D('NaN')), float(D('-Inf')))
t('float snan', lambda: float(D('sNaN')))
print(int(D('123.999')), int(D('-0.5')), bool(D(0)), bool(D('0.00')), bool(D('NaN')), bool(D('1e-9')))
print(complex(D('1.5')) if False else '', D('1.5').real, D('1.5').imag, D('2.5').conjugate())
with localcontext(capitals=0):
    print(str(D('1E+5')), repr(D('1E+5')), D('1E+5').to_eng_string())
print(D('123E+1').to_eng_string(), D('1E+4').to_eng_string(), D('0E+4').to_eng_string(), D('0E-7').to_eng_string())
