# Expected compile error: IndentationError: unexpected indent at line 4, column 4 (1-based, as CPython reports it)
x = 1
y = 2
    z = 3
print(x + y)
