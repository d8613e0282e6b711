# The fields of SyntaxErrors raised at run time, and of SyntaxErrors made
# by the program, as the report prints them.
import traceback

for src in ["x = = 1", "def f(:\n  pass", "if 1:\n    a = (\n", "  1 + 1", "x = 'abc"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.filename, type(e.text).__name__)
        print("".join(traceback.format_exception_only(type(e), e)), end="")

for args in [("bad",), ("bad", ("f.py", 3, 2, "  xy(z\n", 3, 5)), ("bad", ("g.py", 1, 4, "abcdef", 1, 6))]:
    e = SyntaxError(*args)
    print(str(e))
    print("".join(traceback.format_exception_only(SyntaxError, e)), end="")
e = IndentationError("bad indent", ("f.py", 3, 9, "x\n", 3, 12))
print("".join(traceback.format_exception_only(IndentationError, e)), end="")
