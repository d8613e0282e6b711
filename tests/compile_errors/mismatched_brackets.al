# Expected compile error: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' at line 2, column 20 (1-based, as CPython reports it)
pairs = {"a": (1, 2], "b": 3}
print(pairs)
