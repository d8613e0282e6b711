# Expected compile error: SyntaxError: multiple starred expressions in assignment at line 2, column 1 (1-based, as CPython reports it)
*head, *tail = [1, 2, 3]
