# Expected compile error: SyntaxError: multiple assignments to name 'x' in pattern at line 3, column 17 (1-based, as CPython reports it)
match (1, 2):
    case (x, y, x):
        pass
