# Expected compile error: SyntaxError: mapping pattern keys may only match literals and attribute lookups at line 4, column 10 (1-based, as CPython reports it)
key = "k"
match {"k": 1}:
    case {f"{key}": v}:
        pass
