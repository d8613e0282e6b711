# Expected compile error: SyntaxError: multiple starred names in sequence pattern at line 3, column 10 (1-based, as CPython reports it)
match [1, 2, 3]:
    case [first, *middle, *rest]:
        pass
