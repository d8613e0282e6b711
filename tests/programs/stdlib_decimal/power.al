from decimal import *


def show(label, f):
    c = getcontext()
    c.clear_flags()
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ' ' + str(e)
    print(label, r, [k.__name__ for k, v in c.flags.items() if v])


D = Decimal
for a in ['0.00', '-0.0', '0E+5', '0.0', 'Inf', '-Inf', '0', 'NaN', '1.0', '1', '0.5', '-1', '10',
          '1.1', '1.10', '2', '-2', '1.05', '3']:
    for n in [0, 1, 2, 3, -1, -2, -3, 10, 25]:
        show(a + ' ** ' + str(n), lambda: D(a) ** n)
show('big', lambda: D(1) ** 10**20)
show('alt', lambda: D(-1) ** (10**20 + 1))
show('under', lambda: D('5E-1000000') ** 2)
show('under', lambda: D(2) ** -3500000)
show('half', lambda: D('0.5') ** 100000)
show('over', lambda: D(2) ** 10**7)
show('int base', lambda: 2 ** D(10))
show('decimal exp', lambda: D(3) ** D('2.000'))
show("mod", lambda: [pow(D(3), 2, 5), pow(D(-3), 3, 5), pow(D(-3), 2, 5), pow(D(3), 3, -5), pow(D("3.0"), 2, D("5.0")), pow(D(10**30), 2, 7)])
with localcontext(traps=[]):
    show("mod bad", lambda: [pow(D("3.5"), 2, 5), pow(D(3), -1, 5), pow(D(3), 2, 0), pow(D(0), 0, 5), pow(D("Inf"), 2, 5), pow(D(10**30), 5, 10**29 + 7)])
with localcontext(prec=5, traps=[]):
    show('prec5', lambda: D(7) ** 11)
    show('prec5 neg', lambda: D(7) ** -11)
    show('prec5 over', lambda: D(10) ** 1000000)
