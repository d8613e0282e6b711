# Expected compile error: SyntaxError: no binding for nonlocal 'missing' found at line 4, column 9 (1-based, as CPython reports it)
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
