# Expected compile error: SyntaxError: 'await' outside async function at line 7, column 14 (1-based, as CPython reports it)
async def fetch():
    return 1


def sync_caller():
    result = await fetch()
    return result
