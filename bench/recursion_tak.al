# quick: 8
# Recursion: the Takeuchi function, a recursive count of the ways to make
# change, and a recursive merge sort building new lists.
import sys


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ways(amount, coins, i):
    if amount == 0:
        return 1
    if amount < 0 or i == len(coins):
        return 0
    return ways(amount - coins[i], coins, i) + ways(amount, coins, i + 1)


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a = merge_sort(xs[:mid])
    b = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


size = int(sys.argv[1]) if len(sys.argv) > 1 else 20
print(tak(size, size * 2 // 3, size // 3))
print(ways(size * 12, [50, 25, 10, 5, 2, 1], 0))
xs = [(i * 7919) % 100003 for i in range(size * 4000)]
ys = merge_sort(xs)
print(ys[:5], ys[-5:], sum(ys[::97]))
