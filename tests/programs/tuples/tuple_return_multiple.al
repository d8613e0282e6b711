# Functions returning tuples, packing/unpacking, and tuples of tuples.
def min_max_mean(xs):
    return min(xs), max(xs), sum(xs) / len(xs)

def divide(a, b):
    return a // b, a % b

lo, hi, mean = min_max_mean([3, 9, 1, 7])
print(lo, hi, mean)
r = min_max_mean([2.5, 0.5])
print(r, r[2])
q, rem = divide(17, 5)
print(q, rem, divide(-17, 5))
table = ((1, "one"), (2, "two"), (3, "three"))
for num, word in table:
    print(num, word.upper())
print(dict(table), [w for _, w in table], tuple(zip(*table)))
pairs = tuple((i, i * i) for i in range(4))
print(pairs, pairs[2][1])
