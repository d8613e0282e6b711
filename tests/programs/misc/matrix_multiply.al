# Matrix operations on nested lists: multiply, transpose, identity, power, determinant.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m, "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def transpose(a):
    return [list(row) for row in zip(*a)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result

def det(a):
    if len(a) == 1:
        return a[0][0]
    total = 0
    for j in range(len(a)):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total

def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(matmul(b, a))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
print("fib(300) =", matpow([[1, 1], [1, 0]], 300)[0][1])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det =", det(m), det(identity(4)), det([[1, 2], [2, 4]]))
f = [[0.5, 0.25], [0.125, 1.0]]
show(matmul(f, f))
try:
    matmul(a, a)
except AssertionError as e:
    print("AssertionError:", e)
