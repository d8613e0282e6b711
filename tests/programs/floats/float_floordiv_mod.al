# Float floor division and modulo follow the sign of the divisor.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.5), (1.0, 0.1), (-1.0, 0.1), (0.0, 3.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -5 % 5.0, 5 % -5.0)
print(1e300 % 7, -1e300 % 7, 3.5 // 1, -3.5 // 1)
print(10 % 3.3, 10 // 3.3, -10 % 3.3, 7 % float("inf"), -7 % float("inf"))
x = 17.25
x //= 4
print(x)
x = 17.25
x %= 4
print(x)
print(divmod(-1e-300, 1.0), divmod(2 ** 60, 3.0))
