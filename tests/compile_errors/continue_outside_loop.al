# Expected compile error: SyntaxError: 'continue' not properly in loop at line 3, column 1 (1-based, as CPython reports it)
n = 0
continue
