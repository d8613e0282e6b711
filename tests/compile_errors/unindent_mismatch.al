# Expected compile error: IndentationError: unindent does not match any outer indentation level at line 5, column 15 (1-based, as CPython reports it)
def f(n):
    if n > 0:
        return 1
      return 0
print(f(1))
