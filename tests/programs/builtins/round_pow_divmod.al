# round, pow (2 and 3 args) and divmod across types.
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(-2.567, 1), round(12345, -2))
print(round(1.23456789, 5), round(7), round(7.0), round(0.5 + 1e-9), round(-0.5 - 1e-9))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(9, 0.5), pow(7, 2, 5))
print(pow(10, 20, 7), pow(-3, 3, 5), pow(3, 0, 1), pow(2 ** 100, 2 ** 10, 10 ** 9))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 10 ** 10))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
