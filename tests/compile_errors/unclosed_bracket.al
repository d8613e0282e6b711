# Expected compile error: SyntaxError: '[' was never closed at line 3, column 9 (1-based, as CPython reports it)
total = 0
items = [1, 2,
         3, 4
print(total)
