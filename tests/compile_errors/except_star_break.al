# Expected compile error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block at line 7, column 13 (1-based, as CPython reports it)
for x in range(3):
    try:
        pass
    except* ValueError:
        if x:
            break
