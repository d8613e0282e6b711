# Errors CPython's compiler finds after parsing carry no source text
# (unless the filename names a file, whose line is then read), and
# global/nonlocal declarations after a use are errors.
import os

sources = [
    "return 5",
    "break",
    "continue",
    "yield 1",
    "await x",
    "x = 1\nnonlocal x",
    "print(x)\nnonlocal x",
    "nonlocal x",
    "print(x)\nglobal x",
    "x = 1\nglobal x",
    "def f(a, a): pass",
    "def f():\n  x = 1\n  global x",
    "def f():\n  print(y)\n  global y",
    "class C:\n  yield 2",
    "def g():\n  x = 1\n  def h():\n    x = 2\n    nonlocal x",
]
for src in sources:
    for mode in ["exec", "single"]:
        try:
            compile(src, "<string>", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError as e:
            print(mode, repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

print(compile("global q\nq = 1", "s", "exec").co_filename)

# With the name of a real file, the text is that file's line.
with open("real.py", "w") as f:
    f.write("first line\nsecond line\n")
for src in ["return 1", "x = 2\nbreak"]:
    try:
        compile(src, "real.py", "exec")
    except SyntaxError as e:
        print(e.filename, e.lineno, repr(e.text))
try:
    compile("def f(:\n", "real.py", "exec")
except SyntaxError as e:
    print("parser:", e.lineno, repr(e.text))

# Printing them as uncaught errors shows no source line.
try:
    exec("if True:\n    break")
except SyntaxError as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)), end="")
