# Huge factorials computed iteratively and recursively.
def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

for n in [0, 1, 5, 20, 21, 25, 30, 50, 100]:
    print(n, fact_iter(n))
print(fact_rec(100) == fact_iter(100))
f = fact_iter(1000)
s = str(f)
print(len(s), s[:40], s[-260:].count("0"))
zeros = len(s) - len(s.rstrip("0"))
print("trailing zeros", zeros)
print(sum(int(c) for c in str(fact_iter(300))))
print(fact_iter(500) // fact_iter(498))
