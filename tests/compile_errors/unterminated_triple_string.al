# Expected compile error: SyntaxError: unterminated triple-quoted string literal (detected at line 4) at line 2, column 7 (1-based, as CPython reports it)
doc = """first line
second line
print(doc)
