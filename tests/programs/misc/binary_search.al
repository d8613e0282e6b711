# Binary search variants: exact match, leftmost/rightmost insertion, search on answers.
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def left_insert(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def right_insert(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < xs[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

data = sorted([x * 3 % 101 for x in range(60)])
print(data)
for t in [0, 3, 50, 100, 101, -5]:
    print(t, bsearch(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in [0, 2, 4, 5, 9]:
    print(x, left_insert(dups, x), right_insert(dups, x), right_insert(dups, x) - left_insert(dups, x))
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 6, 2 ** 64]])
print(isqrt(10 ** 40 + 12345), isqrt(2 * 10 ** 30))
