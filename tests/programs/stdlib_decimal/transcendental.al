# exp, ln and log10, correctly rounded (half-even whatever the rounding),
# with their special values, exact cases and conditions.
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


values = ["0", "-0", "1", "-1", "2", "10", "100", "0.01", "1.000", "1E+10", "1E-1000", "2.5",
          "0.5", "1.0000000001", "0.9999999999", "-1E-100", "1E-100", "12345.678", "-12345.678",
          "Inf", "-Inf", "NaN", "-NaN12", "sNaN", "230.2585", "-230.2585", "1E+30", "-1E+30",
          "3.14159265358979323846", "7E-1000000", "9.99999E+999999"]
for prec in (1, 5, 28, 60):
    c.prec = prec
    for v in values:
        for op in ("exp", "ln", "log10"):
            show("%s(%s) prec=%d" % (op, v, prec), lambda: getattr(D(v), op)())

c.prec = 9
for r in (ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_05UP):
    c.rounding = r
    show(r, lambda: (D(1).exp(), D(2).ln(), D(3).log10(), D(-2).exp(), D("0.3").ln()))
c.rounding = ROUND_HALF_EVEN

# Near the limits of the exponent range.
c.Emin = -20
c.Emax = 20
for v in ("-46", "-47", "-50", "-55", "-60", "46", "47", "48", "-46.0517", "46.0517"):
    show("exp(%s) small range" % v, lambda: D(v).exp())
c.clamp = 1
show("exp(45) clamp", lambda: D(45).exp())
show("log10 exact clamp", lambda: D("1E+15").log10())
c.clamp = 0
c.Emin = -999999
c.Emax = 999999

# A trapped condition raises.
c.traps[InvalidOperation] = True
show("ln(-1) trapped", lambda: D(-1).ln())
c.traps[Overflow] = True
show("exp(1E+7) trapped", lambda: D("1E+7").exp())
c.traps[Inexact] = True
show("exp(1) trapped inexact", lambda: D(1).exp())
show("log10(1000) exact", lambda: D(1000).log10())
c.traps[Inexact] = False

# Many digits.
c.prec = 200
print(D(1).exp())
print(D(2).ln())
print(D(7).log10())
print(D("0.999999999999999999999999999999").ln())
c.prec = 28
ctx = Context(prec=12)
print(D(1).exp(ctx), D(2).ln(context=ctx), D(2).log10(ctx), c.prec)
