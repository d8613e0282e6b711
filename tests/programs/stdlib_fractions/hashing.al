from fractions import Fraction as F

for f in [F(1, 3), F(-1, 3), F(5), F(-1), F(0), F(1, 2), F(-1, 2), F(7, 10**30),
          F(2**61 - 1), F(1, 2**61 - 1), F(-1, 2**61 - 1), F(3, 2 * (2**61 - 1)),
          F(2**64 + 1, 3), F(-2), F(10**50, 7)]:
    print(repr(f), hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), hash(F(-1)) == hash(-1))
d = {F(1, 2): 'half', 1: 'one'}
print(d[0.5], d[F(1)], {F(1, 2), 0.5, F(2, 4)}, len({F(3), 3, 3.0}))
