# Shortest reprs at the lopsided rounding intervals just below powers of
# two, where a tie between two shortest candidates can be decided by which
# one reads back (2**-24 prints ...063, 2**-25 ...312).
for k in range(-1074, 1024):
    x = 2.0 ** k
    print(k, repr(x), repr(-x * 3))
