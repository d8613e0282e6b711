from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 7, getcontext().prec)
print(D(1) / 7, getcontext().prec)
with localcontext(Context(prec=3, rounding=ROUND_FLOOR)) as ctx:
    print(D(2) / 3, D(-2) / 3, ctx is getcontext())
with localcontext(prec=4, rounding=ROUND_CEILING):
    print(D(1) / 3)
try:
    with localcontext(precision=4):
        pass
except TypeError as e:
    print(e)
try:
    with localcontext() as ctx:
        ctx.traps[Inexact] = True
        D(1) / 3
except Inexact as e:
    print('Inexact', e)
print(getcontext().traps[Inexact])
def outer():
    with localcontext() as c1:
        c1.prec = 10
        inner = D(1) / 3
        with localcontext() as c2:
            c2.prec = 2
            innermost = D(1) / 3
        return inner, innermost, D(1) / 3
print(outer())
