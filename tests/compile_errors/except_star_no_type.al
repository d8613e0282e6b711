# Expected compile error: SyntaxError: expected one or more exception types at line 4, column 8 (1-based, as CPython reports it)
try:
    pass
except*:
    pass
