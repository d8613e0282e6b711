# Expected compile error: SyntaxError: nonlocal declaration not allowed at module level at line 5, column 1 (1-based, as CPython reports it)
def setup():
    return 0

nonlocal count
count = setup()
