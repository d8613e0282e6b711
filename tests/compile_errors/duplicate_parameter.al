# Expected compile error: SyntaxError: duplicate argument 'a' in function definition at line 2, column 15 (1-based, as CPython reports it)
def add(a, b, a):
    return a + b
