from fractions import Fraction as F

vals = [F(1, 3), F(-7, 2), 0.5, -2.25, 1e300, float('inf'), float('nan'), 1 + 2j, 2j]
ops = [
    ('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
    ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
    ('divmod', divmod),
]
for name, op in ops:
    for x in vals:
        for y in vals:
            if isinstance(x, F) == isinstance(y, F):
                continue
            try:
                r = op(x, y)
                print(repr(x), name, repr(y), '=', repr(r))
            except Exception as e:
                print(repr(x), name, repr(y), type(e).__name__, e)
try:
    F(1, 2) + 's'
except TypeError as e:
    print(e)
try:
    's' - F(1, 2)
except TypeError as e:
    print(e)
try:
    F(1, 2) * None
except TypeError as e:
    print(e)
try:
    [1] // F(1, 2)
except TypeError as e:
    print(e)
