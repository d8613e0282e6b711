# Expected compile error: SyntaxError: wildcard makes remaining patterns unreachable at line 3, column 18 (1-based, as CPython reports it)
match 5:
    case 1 | 2 | _ | 3:
        pass
