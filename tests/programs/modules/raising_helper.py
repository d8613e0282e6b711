def explode(n):
    return helper_inner(n)


def helper_inner(n):
    return 10 // n
