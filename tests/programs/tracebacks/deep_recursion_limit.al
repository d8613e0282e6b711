# CPython prints only the innermost 1000 entries of a traceback: a 1200-deep
# recursion shows three entries, then the count of the rest that fit.
def descend(n):
    if n == 0:
        raise LookupError("bottom reached")
    descend(n - 1)


descend(1200)
