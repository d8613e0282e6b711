# SyntaxError and IndentationError fields for malformed sources in all
# three compile modes: errors at the end of a source with and without a
# final line break, unclosed and unmatched brackets, missing blocks at
# the end, misaligned dedents, statements given to eval, and 'single'
# sources that are more than one statement or an unterminated block.
cases = [
    "width +", "x +", "1 +\n", "1 +\n\n", "(1 +", "a = (1,\n2 +", "f(",
    "x = 1\ny = )", "if 1: pass", "if 1: pass\n", "def f(): pass",
    "for x in y:\n", "for x in y:", "for x in y:\nz = 1\n", "if a:\n\n",
    "def f():\n    if x:\n", "  x", 'x = "abc', "x y",
    "if x:\n    y\n  z", "if x:\n    y\n  z\n", "if x:\n    y\n  z = 1\nw\n",
    "if x:\n    y\n  zz", "a += 1", "a //= 2", "while x:\n    pass\nz",
    "x = 1\ny = 2", "import os", "x = 1; y = 2", "for x in y: pass", "if 1:\n  pass",
    "class C:\n    pass", "class C:\n    pass\n", "[1, 2", "{'a': 1",
    "lambda: (", "not x", "x if y", "try:\n    pass\n",
]
for mode in ["exec", "eval", "single"]:
    for src in cases:
        if mode != "exec" and src in ("a = (1,\n2 +", "x = 1\ny = )"):
            continue
        try:
            compile(src, "<cell>", mode)
            print(mode, repr(src), "ok")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, repr(e.msg), e.lineno,
                  e.offset, repr(e.text), e.end_lineno, e.end_offset)
