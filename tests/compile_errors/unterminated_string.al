# Expected compile error: SyntaxError: unterminated string literal (detected at line 3) at line 3, column 12 (1-based, as CPython reports it)
def greet(name):
    return "hello, + name

print(greet("al"))
