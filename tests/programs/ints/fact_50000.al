# The seed example: a deep recursion that produces a 213,237-digit number.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n-1)

print(fact(50000))
