# Expected compile error: SyntaxError: cannot use '_' as a target at line 3, column 21 (1-based, as CPython reports it)
match 1:
    case (1 | 2) as _:
        pass
