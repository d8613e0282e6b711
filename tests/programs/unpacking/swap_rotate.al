# Swaps and rotations via tuple assignment, evaluated right side first.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3, 4, 5]
x[0], x[-1] = x[-1], x[0]
print(x)
i, j = 0, 1
x[i], x[j] = x[j], x[i]
print(x)
m, n = 48, 18
while n:
    m, n = n, m % n
print("gcd", m)
fa, fb = 0, 1
for _ in range(50):
    fa, fb = fb, fa + fb
print(fa)
lst = [3, 1, 2]
lst[lst.index(1)], lst[0] = lst[0], lst[lst.index(1)]
print(lst)
