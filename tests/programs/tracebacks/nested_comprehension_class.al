# A comprehension inside a class body: the <listcomp> frame, then the class
# body's frame, then the module.
def check(v):
    if v > 2:
        raise ValueError(f"too big: {v}")
    return v


class Table:
    rows = [[check(c) for c in range(r)] for r in range(5)]
