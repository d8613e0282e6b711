# Expected compile error: SyntaxError: 'yield' inside list comprehension at line 3, column 14 (1-based, as CPython reports it)
def f():
    return [(yield x) for x in range(3)]
