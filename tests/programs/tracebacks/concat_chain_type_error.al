# An uncaught TypeError inside a `"lit" + x + y` chain: the traceback marks
# the `+` that failed, as CPython's does.
def label(n):
    return "n=" + str(n) + ", half=" + n / 2 + "!"

print(label(4))
