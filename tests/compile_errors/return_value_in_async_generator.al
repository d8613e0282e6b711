# Expected compile error: SyntaxError: 'return' with value in async generator at line 5, column 13 (1-based, as CPython reports it)
async def numbers(n):
    for i in range(n):
        if i > 10:
            return i
        yield i
