# Expected compile error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block at line 9, column 13 (1-based, as CPython reports it)
def f(x):
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            return x + 1
