# Floor division, modulo and divmod with big operands of every sign.
big = 2 ** 100 + 12345
for d in [7, -7, 2 ** 64, -(2 ** 64), 10 ** 20 + 3, -(10 ** 20 + 3)]:
    print(big // d, big % d, divmod(big, d))
    print(-big // d, -big % d, divmod(-big, d))
print(2 ** 63 // 2, 2 ** 63 // -1, (-2 ** 63) // -1, (-2 ** 63) % -1)
print((2 ** 64) // (2 ** 64), (2 ** 64) % (2 ** 64 + 1), 5 // 2 ** 70, -5 // 2 ** 70)
print(5 % 2 ** 70, -5 % 2 ** 70)
q, r = divmod(10 ** 30, 10 ** 15 + 7)
print(q, r, q * (10 ** 15 + 7) + r == 10 ** 30)
print(2 ** 100 / 2 ** 50, 10 ** 30 / 7, -(10 ** 30) / 3)
