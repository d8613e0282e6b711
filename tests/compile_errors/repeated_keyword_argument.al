# Expected compile error: SyntaxError: keyword argument repeated: x at line 5, column 14 (1-based, as CPython reports it)
def f(**kw):
    return kw

print(f(x=1, x=2))
