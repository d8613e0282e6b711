# A NaN result keeps the last prec - clamp digits of a long payload.
from decimal import *

c = getcontext()
c.traps[InvalidOperation] = False
D = Decimal
for prec, clamp in ((1, 0), (3, 0), (3, 1), (1, 1), (28, 0)):
    c.prec = prec
    c.clamp = clamp
    print(prec, clamp, repr(D("-NaN12345") + 1), repr(+D("NaN12345")), repr(D("NaN12345").sqrt()),
          repr(D("sNaN987654") * 2), repr(D(1).max(D("NaN12"))), repr(D("NaN12345").quantize(D(1))),
          repr(D("NaN12345").exp()), repr(D("-sNaN12345").ln()), repr(D(2) ** D("NaN12345")),
          repr(D("NaN12345") ** 2), repr(c.add(D("NaN12345"), 1)), repr(D("NaN12345").next_plus()),
          sorted(k.__name__ for k, v in c.flags.items() if v))
    c.clear_flags()
