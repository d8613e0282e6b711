# Return values: implicit None, early returns, multiple returns, returning functions.
def implicit():
    x = 1

def bare():
    return

def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

def multi():
    return 1, [2], "three"

def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0

print(implicit(), bare(), early(10), early(0), multi())
print([sign(v) for v in (-5, 0, 5, -0.0, 2 ** 70)])
a, b, c = multi()
print(a, b, c)

def returns_in_loop():
    result = []
    while True:
        result.append(len(result))
        if len(result) == 4:
            return result

print(returns_in_loop())
