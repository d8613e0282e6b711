# Expected compile error: SyntaxError: 'yield' inside generator expression at line 3, column 18 (1-based, as CPython reports it)
def f():
    return list((yield x) for x in range(3))
