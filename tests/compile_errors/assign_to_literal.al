# Expected compile error: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? at line 3, column 1 (1-based, as CPython reports it)
x = 2
1 = x
print(x)
