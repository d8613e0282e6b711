# Integral powers with exponents far too large to compute exactly: enough
# digits that the result is right to the last place.
from decimal import *

c = getcontext()
c.traps[Overflow] = False
D = Decimal
cases = [("-1.0000000000000000769", "15642959099353E2", 9, ROUND_CEILING),
         ("1.000000000000000589", "1E+30", 1, ROUND_UP),
         ("0.999999999999999946", "650810402699798E5", 9, ROUND_HALF_UP),
         ("1.0000001", "123456789012", 28, ROUND_HALF_EVEN),
         ("0.9999999", "-98765432109", 20, ROUND_DOWN),
         ("3.14159", "1234567890123", 12, ROUND_HALF_EVEN),
         ("1.000000000000646", "16E4", 3, ROUND_HALF_EVEN)]
for x, n, prec, rounding in cases:
    c.prec = prec
    c.rounding = rounding
    c.clear_flags()
    print(x, n, repr(D(x) ** D(n)), sorted(k.__name__ for k, v in c.flags.items() if v))
