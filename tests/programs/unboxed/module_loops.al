# Loops at module level keep the module's globals in registers while they
# only compute; the globals are written back however the loop ends.

n = 200000
i = 0
acc = 0
x = 12345
while i < n:
    x = (x * 1103 + 12345) % 65536
    if x % 3 == 0:
        acc = acc + x
    elif x & 1:
        acc = acc - (x >> 2)
    else:
        acc = acc ^ x
    i = i + 1
print("acc =", acc, "x =", x, "i =", i)

total = 0.0
for k in range(1, 1000):
    if k % 7 == 0 or k % 11 == 0 and not k % 2:
        total = total + 1.0 / k
print(total, k)

bits = 0
for k in range(70):
    bits = bits | (1 << k)
print(bits, bits >> 65, -bits >> 3, (-5) >> 100, 7 >> 1)

def show():
    return i, x

print(show())

vals = [0.5, 1.5, 2.5]
s2 = 0.0
for v in vals:
    s2 = s2 + v * v
print(s2, v)

y = 1
while y < 10 ** 30:
    y = y * 1000
print(y)

try:
    q = 5
    while q > -3:
        q = q - 1
        z = 10 // q
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, q)

try:
    sh = 1
    for k in range(3):
        sh = sh >> (1 - k)
except ValueError as e:
    print("ValueError", e, k, sh)

t = 0.0
k = 0
while k < 5 and t < 100.0 or k == 0:
    t = t + 2.5 * k
    k = k + 1
nan = float("nan")
c = 0
while c < 3:
    if nan:
        c = c + 1
print(t, k, c)
