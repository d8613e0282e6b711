from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
c = Context(prec=4, Emax=9, Emin=-9, traps=[])
setcontext(c)
def show(label, f):
    c.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__
    print(label, repr(r), [k.__name__ for k, v in c.flags.items() if v])
show('overflow', lambda: D('9.999e9') * 10)
show('overflow round', lambda: D('9.9999e9') + 0)
show('max', lambda: D('9.999e9') + 0)
show('subnormal', lambda: D('1e-10') + 0)
show('subnormal round', lambda: D('1.234e-11') + 0)
show('underflow zero', lambda: D('1e-20') * 1)
show('etiny', lambda: D(1) / D('1e14'))
show('clamp zero', lambda: D('0e20') + 0)
show('div by inf', lambda: D(1) / D('Inf'))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_05UP]:
    c.rounding = r
    show('overflow ' + r, lambda: (D('9e9') * 10, D('-9e9') * 10))
c.rounding = ROUND_HALF_EVEN
c.clamp = 1
show('clamped', lambda: D('1e9') + 0)
show('clamped', lambda: D('12e7') * 1)
c.clamp = 0
show('rounded exact', lambda: D('1.000000') + 0)
show('inexact', lambda: D('1.00001') + 0)
show('zero add', lambda: D('9.9e9') + D('0E-5'))
show('tiny add', lambda: D('999999999') + D('0.1'))
show('tiny sub', lambda: D(1) - D('1e-40'))
setcontext(Context())
