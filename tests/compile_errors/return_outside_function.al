# Expected compile error: SyntaxError: 'return' outside function at line 4, column 5 (1-based, as CPython reports it)
x = 3
if x:
    return x
