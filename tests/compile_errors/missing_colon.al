# Expected compile error: SyntaxError: expected ':' at line 3, column 9 (1-based, as CPython reports it)
x = 5
if x > 1
    print("big")
