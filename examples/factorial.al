# The seed example: native-deep recursion and arbitrary-precision ints.
# fact(50000) has 213,237 digits; this prints how many and the first few.


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


digits = str(fact(50000))
print(len(digits), digits[:20])
print(fact(30))
