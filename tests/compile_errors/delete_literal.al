# Expected compile error: SyntaxError: cannot delete literal at line 3, column 11 (1-based, as CPython reports it)
x = [1, 2]
del x[0], 5
