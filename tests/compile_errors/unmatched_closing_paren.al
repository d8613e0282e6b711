# Expected compile error: SyntaxError: unmatched ')' at line 3, column 19 (1-based, as CPython reports it)
values = [1, 2, 3]
print(sum(values)))
