# CPython's SyntaxError messages for common mistakes, raised by exec at
# run time: invalid targets, missing brackets, bad keywords, literals.
cases = [
    "f() = 1",
    "1 = x",
    "x + 1 = 2",
    "None = 1",
    "def f(a, a): pass",
    "print 'hello'",
    "if x = 1: pass",
    "x = [1, 2,, 3]",
    "d = {'a': 1 'b': 2}",
    "return",
    "break",
    "continue",
    "def f(x=1, y): pass",
    "f(x=1, 2)",
    "lambda x: yield",
    "a, b += 1",
    "del f()",
    "x = 0777",
    "s = 'abc",
    's = """abc',
    "class",
    "import",
    "from x import",
    "(",
    ")",
    "a ++ b +",
    "True = 1",
    "x := 5",
    "nonlocal x",
    "def f():\n    global x\n    x = 1\n    global x",
    "await = 1",
    "x = yield = 1",
    "[x for x in range(3) if]",
    "{**}",
    "1 if 2",
    "a = 1 = 2",
]
for src in cases:
    try:
        exec(src, {})
        print("ok", repr(src))
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}")
