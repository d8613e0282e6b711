# ** with a fractional or infinite exponent: exp(y * ln(x)) rounded in the
# context's mode, with the special values and signals of CPython.
from decimal import *

c = getcontext()
c.traps[InvalidOperation] = False
c.traps[Overflow] = False
c.traps[DivisionByZero] = False
D = Decimal


def show(label, f):
    c.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r), sorted(k.__name__ for k, v in c.flags.items() if v))


bases = ["2", "10", "0.5", "3.7", "1E+10", "1E-100", "123.456", "0", "-0", "-2", "Inf", "-Inf",
         "1", "1.000", "NaN", "sNaN12", "0.999", "1.001"]
exps = ["0.5", "-0.5", "1.5", "2.5", "0.333", "-3.25", "1E-50", "-1E-50", "Inf", "-Inf", "NaN45",
        "1234567.89", "-1234567.89", "123.456"]
for prec in (3, 28):
    c.prec = prec
    for x in bases:
        for y in exps:
            show("%s ** %s prec=%d" % (x, y, prec), lambda: D(x) ** D(y))

c.prec = 9
for r in (ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
          ROUND_05UP):
    c.rounding = r
    show(r, lambda: (D(2) ** D("0.5"), D(3) ** D("-1.5"), D("0.7") ** D("2.2"),
                     D(2) ** D("12345678.5"), D("0.5") ** D("12345678.5")))
c.rounding = ROUND_HALF_EVEN
print(pow(D(2), D("0.5")), 2 ** D("0.5"), D("2.5") ** 0, getcontext().power(5, D("0.2")))
c.Emin = -20
c.Emax = 20
for y in ("-65.5", "-66.5", "-70.5", "66.4", "67.5"):
    show("2 ** %s small range" % y, lambda: D(2) ** D(y))
c.Emin = -999999
c.Emax = 999999
c.traps[InvalidOperation] = True
show("-2 ** 0.5 trapped", lambda: D(-2) ** D("0.5"))
c.prec = 60
print(D(2) ** D("0.5"))
print(D("1.0000001") ** D("12345.6789"))
