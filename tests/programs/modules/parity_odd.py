calls = 0


def is_odd(n):
    global calls
    calls += 1
    if n == 0:
        return False
    import parity_even
    return parity_even.is_even(n - 1)
