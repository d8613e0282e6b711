# SyntaxError raised at run time by eval, exec and compile.
cases = [
    ("eval", "x = 1"),
    ("eval", "1;2"),
    ("eval", "import os"),
    ("exec", "def f(:\n  pass"),
    ("exec", "if 1:\nx = 2"),
    ("exec", "x = (1,"),
    ("exec", "  x = 1\n y = 2"),
    ("exec", "return 5"),
    ("exec", "break"),
    ("exec", "x = [1, 2"),
    ("exec", "f(**)"),
    ("exec", "for = 3"),
    ("exec", "print 'hello'"),
    ("exec", "a = 1 +"),
    ("exec", "'unterminated"),
    ("exec", "x = 1\ny = 2\nz = = 3"),
    ("eval", "lambda: (yield)"),
    ("exec", "class C\n  pass"),
]
for mode, src in cases:
    try:
        if mode == "eval":
            eval(src)
        else:
            exec(src)
        print("no error for", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.filename)

try:
    compile("1 +* 2", "myfile.py", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
    print(str(e))
try:
    compile("x = 1", "f", "nonsense")
except ValueError as e:
    print("ValueError", e)
try:
    compile(5, "f", "exec")
except TypeError as e:
    print("TypeError", e)
