# Negative integral powers round as libmpdec does: the reciprocal at a few extra digits, then the context.
import random
from decimal import *
r = random.Random(5)
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(400):
    c = Context(prec=r.choice([1, 2, 3, 5, 9, 16, 28]), rounding=r.choice(modes))
    setcontext(c)
    x = Decimal(r.choice(['999999999', '3', '7', '1.0000000000442', '-1.00000000000000000643', '2.5', '0.3', '123456789', '-17', '1.1', '0.999']))
    n = -r.choice([1, 2, 3, 5, 10, 17, 100, 1000])
    try:
        v = x ** n
        print(i, c.prec, c.rounding, x, n, v, sorted(k.__name__ for k, f in c.flags.items() if f))
    except Exception as e:
        print(i, 'err', type(e).__name__)
