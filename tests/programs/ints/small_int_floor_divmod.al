vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 4611686018427387903, -4611686018427387904, 4611686018427387902, -4611686018427387903, 123456789, -987654321]
for a in vals:
    for b in vals:
        try:
            print(a, b, a % b, a // b, divmod(a, b))
        except ZeroDivisionError as e:
            print(a, b, "ZeroDivisionError:", e)
x = 17
x %= 5
y = -17
y //= 5
print(x, y, 7.5 % 2, 7.5 // 2, -7 % 2.5, 2**70 % 7, 2**70 // -3)
