a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(a ** 2, a ** 0, a ** -1, a ** 3)
print(a * a.conjugate())
x = 0j
x += 1
x *= 2j
x -= 0.5
print(x)
