# Expected compile error: SyntaxError: invalid syntax at line 3, column 21 (1-based, as CPython reports it)
match {}:
    case {"a": 1, **_}:
        pass
