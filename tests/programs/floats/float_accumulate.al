# Accumulating floats: rounding errors must match IEEE double exactly.
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
s = 0.0
for i in range(1, 1001):
    s += 1 / i
print(s)
p = 1.0
for i in range(1, 30):
    p *= 1.1
print(p)
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum(x / 10 for x in range(100)))
mean = sum([2.5, 3.5, 4.0, 10.25]) / 4
var = sum((x - mean) ** 2 for x in [2.5, 3.5, 4.0, 10.25]) / 4
print(mean, var, var ** 0.5)
c = 0.0
for k in range(200):
    c += (-1) ** k / (2 * k + 1)
print(4 * c)
print(3 * 0.1, 0.1 * 3, 0.3 / 0.1, 1 - 0.9, 1e16 + 1.0, 1e16 + 2.0)
