# Mixing ints and floats: results are floats, true division is always float.
print(1 + 2.0, 3 * 0.5, 10 - 2.5, 7 / 2, 8 / 4, 1 / 3)
print(type(8 / 4), type(8 // 4), type(8.0 // 4), type(2 ** 3), type(2 ** -1))
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 % -2)
print(2 ** -1, 2 ** -3, (-2) ** 3, (-2) ** -2, 10 ** 0)
print(0 ** 0, 2 ** 0.5, 4 ** 0.5, 9 ** -0.5)
print(True + True, True * 10, False - 1, True / 2)
print(3 == 3.0, 3 < 3.5, 4 > 3.99, 1 == True, 0 == False, 2 != 2.0)
print(int(3.9), int(-3.9), int(0.1), float(7), float(-0))
print(abs(-3), abs(-3.5), abs(0), abs(-0.0))
print(round(3.5), round(4.5), round(-2.5), round(2.675, 2))
n = 10
n += 0.5
print(n)
n = 10
n /= 4
print(n)
n = 7
n **= 2
print(n)
print(1e3 == 1000, 10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
