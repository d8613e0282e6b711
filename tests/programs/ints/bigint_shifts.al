# Shifts past 63 bits, of negatives too (right shift floors).
print(1 << 63, 1 << 64, 1 << 100, 3 << 62, -1 << 63, -1 << 64)
print((1 << 100) >> 37, (1 << 100) >> 100, (1 << 100) >> 101)
print(-1 >> 1, -1 >> 100, -7 >> 1, -8 >> 2, -(2 ** 100) >> 99, -(2 ** 100 + 1) >> 99)
print(5 >> 0, 5 << 0, 0 << 1000, 255 >> 4)
x = 1
for i in range(10):
    x = (x << 13) | i
print(x)
while x:
    print(x & 0x1FFF, end=" ")
    x >>= 13
print()
print(2 ** 64 >> 1 == 2 ** 63, (2 ** 63) << 1 == 2 ** 64)
n = -12345678901234567890123
print(n >> 10, n << 10, n >> 80)
