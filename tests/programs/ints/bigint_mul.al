# Multiplication overflowing 64 bits and big * big.
a = 3037000500
print(a * a, (a - 1) * (a - 1), -a * a)
m = 2 ** 63 - 1
print(m * m, m * -m, m * 0, m * 1, m * -1)
print(123456789012345678901234567890 * 987654321098765432109876543210)
p = 1
for i in range(1, 40):
    p *= i
    if i % 5 == 0:
        print(i, p)
print(-(2 ** 100) * -(2 ** 100) == 2 ** 200)
s = "7" * 30
print(int(s) * int(s))
print(2 ** 64 * 2 ** 64, (2 ** 64) * -1, 0 * 2 ** 200)
