calls = 0


def is_even(n):
    global calls
    calls += 1
    if n == 0:
        return True
    from parity_odd import is_odd
    return is_odd(n - 1)
