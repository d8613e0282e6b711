# Expected compile error: SyntaxError: cannot mix bytes and nonbytes literals at line 3, column 11 (1-based, as CPython reports it)
x = (b'one'
     'two')
