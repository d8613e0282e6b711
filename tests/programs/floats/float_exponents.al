# Very large and very small magnitudes, and overflow of float arithmetic.
x = 1.0
for i in range(12):
    x *= 1e30
    print(x)
y = 1.0
for i in range(12):
    y /= 1e30
    print(y)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(1.5e-323, 4e-320, 1e23, 1e21, 1e20, 9.999999999999999e22)
