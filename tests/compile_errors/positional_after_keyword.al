# Expected compile error: SyntaxError: positional argument follows keyword argument at line 5, column 15 (1-based, as CPython reports it)
def f(a, b):
    return a + b

print(f(a=1, 2))
