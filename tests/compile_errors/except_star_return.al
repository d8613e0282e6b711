# Expected compile error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block at line 6, column 16 (1-based, as CPython reports it)
def f():
    try:
        pass
    except* ValueError:
        return 1
