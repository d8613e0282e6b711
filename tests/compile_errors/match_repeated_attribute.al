# Expected compile error: SyntaxError: attribute name repeated in class pattern: x at line 3, column 29 (1-based, as CPython reports it)
match object():
    case object(x=1, y=2, x=3):
        pass
