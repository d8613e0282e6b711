# Expected compile error: SyntaxError: 'break' outside loop at line 4, column 9 (1-based, as CPython reports it)
def f(x):
    if x:
        break
    return x
