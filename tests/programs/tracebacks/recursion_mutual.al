# Mutual recursion alternates two frames, so nothing is collapsed; a run of
# exactly four identical frames collapses one ("1 more time").
def is_even(n):
    if n == 0:
        return {}["even"]
    return is_odd(n - 1)


def is_odd(n):
    return is_even(n - 1)


def down(n):
    if n == 0:
        return is_even(4)
    return down(n - 1)


down(4)
