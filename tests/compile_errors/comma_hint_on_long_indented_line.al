# Expected compile error: SyntaxError: invalid syntax. Perhaps you forgot a comma? at line 3, column 66 (1-based, as CPython reports it); the report of this span on a long, deeply indented line panicked
(
    																														[																														a										# XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
					b]
)
