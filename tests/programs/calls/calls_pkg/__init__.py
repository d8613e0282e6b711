def helper(n):
    return n if n == 0 else helper(n - 1) + 2


def use():
    return helper(3)
