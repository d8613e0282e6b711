# Expected compile error: SyntaxError: invalid syntax at line 3, column 8 (1-based, as CPython reports it)
a = 1
b = a +
print(b)
