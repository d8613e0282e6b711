from fractions import Fraction

# Harmonic numbers and an Egyptian-fraction decomposition: many additions.
h = Fraction(0)
for i in range(1, 301):
    h += Fraction(1, i)
print(h.numerator % 10**12, h.denominator % 10**12, len(str(h.denominator)))
print(float(h))

def egyptian(f):
    res = []
    while f.numerator:
        d = -(-f.denominator // f.numerator)
        res.append(d)
        f -= Fraction(1, d)
    return res

print(egyptian(Fraction(7, 15)), egyptian(Fraction(5, 121))[:3])
acc = Fraction(0)
x = Fraction(1, 7)
for i in range(30000):
    acc = acc + x * (i % 3) - Fraction(i % 5, 11)
print(acc)
print(sum([Fraction(1, n * (n + 1)) for n in range(1, 100)]))
print(sum([Fraction(1, 3), 0.5]), sum([0.5, Fraction(1, 3)]))
