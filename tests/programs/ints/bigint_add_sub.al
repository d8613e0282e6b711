# Addition and subtraction crossing the 64-bit boundary in both directions.
big = 2 ** 63
print(big, big - 1, -big, -big - 1)
m = 9223372036854775807
print(m + 1, m + m, m * 2 + 2, -m - 2)
print(m + 1 - 1 == m, (m + 1) - (m + 1))
x = 4611686018427387904  # 2**62
print(x + x, x + x + x + x, x + x - x - x)
print(-x - x, -x - x - x)
acc = 0
for i in range(100):
    acc += 2 ** 62 + i
print(acc)
for i in range(100):
    acc -= 2 ** 62 + i
print(acc)
y = 18446744073709551615  # 2**64 - 1
print(y + 1, y - m, y - 2 * m)
print(10 ** 40 + 1, 10 ** 40 - 1, -(10 ** 40) + 10 ** 39)
