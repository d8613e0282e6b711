# Floor division and modulo round toward negative infinity for every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
# The invariant a == (a // b) * b + a % b holds for all of them.
ok = True
for a in range(-20, 21):
    for b in range(-6, 7):
        if b == 0:
            continue
        if (a // b) * b + a % b != a:
            ok = False
        if b > 0 and not (0 <= a % b < b):
            ok = False
        if b < 0 and not (b < a % b <= 0):
            ok = False
print("invariant", ok)
print(-1 // 10, -9 // 10, -10 // 10, -11 // 10)
print(-1 % 10, -9 % 10, -10 % 10, -11 % 10)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
