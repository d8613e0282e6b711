# Expected compile error: SyntaxError: mapping pattern checks duplicate key ((-1-2j)) at line 3, column 10 (1-based, as CPython reports it)
match {}:
    case {0: a, -1 - 2j: b, 1.5: c, -1-2j: d}:
        pass
