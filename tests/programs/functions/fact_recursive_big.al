# Recursive big computations: fact(3000), binomials via recursion with memo dict, digit sums.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

memo = {}
def binom(n, k):
    if k == 0 or k == n:
        return 1
    key = (n, k)
    if key not in memo:
        memo[key] = binom(n - 1, k - 1) + binom(n - 1, k)
    return memo[key]

f = fact(3000)
s = str(f)
print(len(s), s[:25], sum(int(c) for c in s))
print(binom(100, 50), binom(200, 3), len(memo))
print(fact(30) // (fact(15) * fact(15)) == binom(30, 15))

def digits_sum(n):
    return n if n < 10 else digits_sum(sum(int(c) for c in str(n)))

print(digits_sum(fact(100)), digits_sum(2 ** 1000))
