# Expected compile error: SyntaxError: asynchronous comprehension outside of an asynchronous function at line 3, column 12 (1-based, as CPython reports it)
def collect(source):
    return [item async for item in source]
