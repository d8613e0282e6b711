# Expected compile error: SyntaxError: 'async for' outside async function at line 4, column 5 (1-based, as CPython reports it)
def consume(source):
    total = 0
    async for item in source:
        total += item
    return total
