# & | ^ ~ on big and negative ints (two's complement semantics of infinite width).
a = 2 ** 64 + 0xF0F0
b = 2 ** 65 - 1
print(a & b, a | b, a ^ b)
print(~a, ~b, ~0, ~-1, ~(2 ** 63), ~(-(2 ** 63)))
print(-1 & 0xFF, -256 & 0xFFFF, -1 | 5, -8 | 3, -8 ^ 3, 7 ^ -1)
n = -(2 ** 70)
print(n & (2 ** 80 - 1), n | 1, n ^ -1, n & n, n | 0)
print(-(2 ** 64) & -(2 ** 63), -(2 ** 64) | -(2 ** 63), -(2 ** 64) ^ -(2 ** 63))
print((2 ** 100 - 1) & -(2 ** 50), (2 ** 100) ^ (2 ** 100), 0 & -1)
x = 0
for i in range(0, 130, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
y = x
y &= ~(1 << 63)
y ^= 1 << 126
print(y, y == x ^ (1 << 63) ^ (1 << 126))
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
