# Expected compile error: SyntaxError: alternative patterns bind different names at line 4, column 42 (1-based, as CPython reports it)
def area(shape):
    match shape:
        case ("square", s) | ("rect", w, h):
            return 0
