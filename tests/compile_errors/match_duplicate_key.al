# Expected compile error: SyntaxError: mapping pattern checks duplicate key ('name') at line 3, column 10 (1-based, as CPython reports it)
match {"name": "x"}:
    case {"name": n, "age": a, "name": m}:
        pass
