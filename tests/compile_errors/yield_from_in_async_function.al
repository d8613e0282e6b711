# Expected compile error: SyntaxError: 'yield from' inside async function at line 4, column 5 (1-based, as CPython reports it)
async def relay(inner):
    print("relaying")
    yield from inner
