from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


c = getcontext()
print(c)
print(Context())
print(Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[]))
print(DefaultContext, BasicContext, ExtendedContext, sep='\n')
t('prec 0', lambda: Context(prec=0))
t('rounding', lambda: Context(rounding='x'))
t('Emin', lambda: Context(Emin=1))
t('Emax', lambda: Context(Emax=-1))
t('capitals', lambda: Context(capitals=2))
t('clamp', lambda: Context(clamp=5))
t('prec str', lambda: Context(prec='5'))
c.prec = 6
print(Decimal(1) / 7, c.prec, c.Etiny(), c.Etop())
c.rounding = ROUND_UP
print(Decimal(1) / 7, Decimal(2) / 3)
c.rounding = ROUND_HALF_EVEN
c.prec = 28
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(c.flags)
c.clear_flags()
print(c.traps)
c.traps[Inexact] = True
t('trap inexact', lambda: Decimal(1) / 3)
c.traps[Inexact] = False
c.traps[Rounded] = True
t('trap rounded', lambda: Decimal('1.234567890123456789012345678901'))
t('trap rounded', lambda: +Decimal('1.234567890123456789012345678901'))
c.clear_traps()
print(Decimal(1) / 0, Decimal(0) / 0, Decimal('abc'))
print(c)
c.clear_flags()
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().flags[Inexact])
nc = Context(prec=3)
setcontext(nc)
print(getcontext() is nc, Decimal(2) / 3)
setcontext(Context())
t('setcontext', lambda: setcontext(5))
cc = getcontext().copy()
cc.prec = 2
print(getcontext().prec, cc.prec, cc.copy().prec)
print(Context(prec=4).create_decimal('1.23456'), Context(prec=4).create_decimal(7), Context(prec=2).create_decimal_from_float(0.1))
