from fractions import Fraction as F

a = F(3, 4)
b = F(-5, 6)
ops = [
    ('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
    ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
    ('divmod', divmod),
]
vals = [F(3, 4), F(-5, 6), F(7), F(0), 2, -3, True, 0, F(10**20 + 1, 3**30)]
for name, op in ops:
    for x in vals:
        for y in vals:
            if not isinstance(x, F) and not isinstance(y, F):
                continue
            try:
                r = op(x, y)
                print(repr(x), name, repr(y), '=', repr(r))
            except Exception as e:
                print(repr(x), name, repr(y), type(e).__name__, e)
print(repr(-a), repr(+a), repr(abs(b)), bool(F(0)), bool(b))
s = F(0)
for i in range(1, 40):
    s += F(1, i)
print(s)
