# Expected compile error: SyntaxError: 'await' outside function at line 6, column 9 (1-based, as CPython reports it)
async def fetch():
    return 1


value = await fetch()
print(value)
