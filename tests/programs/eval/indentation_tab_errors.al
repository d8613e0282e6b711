# IndentationError and TabError from exec and compile: their messages
# and fields for many malformed layouts.
cases = [
    "if True:\nprint('x')",
    "def f():\n    return 1\n  return 2",
    "  indented = 1",
    "for i in range(3):\n\tif i:\n        pass",
    "if x:\n        a = 1\n\tb = 2",
    "class C:\n    def m(self):\n    pass",
    "while True:\n# comment only\n",
    "try:\n    pass\nexcept:\nx = 1",
    "with open('f') as f:\nf.read()",
    "if a:\n    pass\nelse:\npass",
    "x = 1\n    y = 2",
    "def g():\n\tx = 1\n        y = 2",
    "match x:\ncase 1: pass",
    "def h():\n    '''doc'''\n   pass",
]
for src in cases:
    try:
        exec(src, {})
        print("no error?", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, repr(e.text))
        print("   issubclass:", isinstance(e, IndentationError), isinstance(e, TabError))

try:
    compile("if 1:\n\tpass\n        pass", "<tabs>", "exec")
except TabError as e:
    print("str:", str(e))
try:
    compile("def f():\nreturn", "<fn>", "exec")
except IndentationError as e:
    print("str:", str(e))
    print("args:", e.args[0], e.args[1][:2])
