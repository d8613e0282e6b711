# round(): banker's rounding, ndigits positive and negative, result types.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2))
print(round(1234.5678, 1), round(-1234.5678, 1), round(-0.4), round(0.4999999))
print(round(25, -1), round(35, -1), round(-25, -1), round(15, -1), round(14, -1))
print(round(123456789, -3), round(123456789, -10), round(7, 2), round(-7, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
print(round(1e20), round(1.5e16), round(2.5e-10, 10), round(2.5e-10, 9))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 5), round(100.0, 2))
print(round(-0.0), round(-0.0, 1), round(0.05, 1), round(0.15, 1), round(0.25, 1))
vals = [0.5 + i for i in range(-5, 5)]
print([round(v) for v in vals])
print(round(5e-324, 400), round(1.23456789e300, -299))
