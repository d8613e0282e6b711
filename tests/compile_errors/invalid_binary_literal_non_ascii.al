# Expected compile error: SyntaxError: invalid binary literal at line 2, column 6 (1-based, as CPython reports it); a span that cut the non-ASCII character made the report panic
x = 0bә
