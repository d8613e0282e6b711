# Expected compile error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block at line 9, column 13 (1-based, as CPython reports it)
while True:
    try:
        pass
    except* ValueError:
        while False:
            pass
        else:
            continue
