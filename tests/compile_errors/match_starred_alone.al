# Expected compile error: SyntaxError: invalid syntax at line 3, column 12 (1-based, as CPython reports it)
match [1]:
    case *x:
        pass
