# Expected compile error: SyntaxError: patterns may only match literals and attribute lookups at line 4, column 10 (1-based, as CPython reports it)
name = "x"
match "x":
    case f"{name}":
        pass
