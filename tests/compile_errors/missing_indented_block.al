# Expected compile error: IndentationError: expected an indented block after 'for' statement on line 2 at line 3, column 1 (1-based, as CPython reports it)
for i in range(3):
print(i)
