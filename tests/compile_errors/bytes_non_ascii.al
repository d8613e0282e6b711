# Expected compile error: SyntaxError: bytes can only contain ASCII literal characters at line 3, column 28 (1-based, as CPython reports it)
x = b'ok'
y = b'caf\u00e9 is fine' + b'café'
