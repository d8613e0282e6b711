# Expected compile error: SyntaxError: 'async with' outside async function at line 3, column 5 (1-based, as CPython reports it)
def guarded(lock):
    async with lock:
        print("locked")
