from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
t('1/0', lambda: D(1) / 0)
t('0/0', lambda: D(0) / 0)
t('syntax', lambda: D('abc'))
t('overflow', lambda: D('9e999999') * 10)
t('5//0', lambda: D(5) // 0)
t('5%0', lambda: D(5) % 0)
t('divmod 5 0', lambda: divmod(D(5), 0))
t('0%0', lambda: D(0) % 0)
t('impossible', lambda: D('1e30') // D('0.001'))
t('snan', lambda: D('sNaN') + 1)
t('nan <', lambda: D('NaN') < 1)
t('nan ==', lambda: D('NaN') == 1)
t('snan ==', lambda: D('sNaN') == 1)
t('quantize', lambda: D('1.5').quantize(D('1e-30')))
t('int nan', lambda: int(D('NaN')))
t('int inf', lambda: int(D('Inf')))
t('sqrt -1', lambda: D('-1').sqrt())
t('hash snan', lambda: hash(D('sNaN')))
t('inf-inf', lambda: D('Inf') - D('Inf'))
t('inf*0', lambda: D('Inf') * 0)
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__, e.args)
try:
    D(0) / 0
except ArithmeticError as e:
    print('caught as ArithmeticError', type(e).__name__, isinstance(e, ZeroDivisionError))
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__bases__])
print(issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError))
