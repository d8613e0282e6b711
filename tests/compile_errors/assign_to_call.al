# Expected compile error: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? at line 5, column 1 (1-based, as CPython reports it)
def f():
    return 1

f() = 2
