# Expected compile error: SyntaxError: non-default argument follows default argument at line 2, column 19 (1-based, as CPython reports it)
def area(width=1, height):
    return width * height
