# A REPL-like loop: each input is compiled in 'single' mode and run in a
# persistent namespace, so expression statements echo their repr.
import sys

SESSION = [
    "x = 10",
    "x * 2",
    "y = [i * x for i in range(3)]",
    "y",
    "None",
    "'text'",
    "def sq(n): return n * n",
    "sq(x)",
    "for i in range(2): i",
    "if x > 5: 'big'",
    "x +",
    "undefined",
    "1 / 0",
    "import math",
    "math.floor(2.5)",
    "_ = 5",
    "(1, 'a', None)",
    "print('printed')",
    "x = 1; x + 1; x + 2",
]

ns = {}
for n, line in enumerate(SESSION, 1):
    print(f">>> {line}")
    try:
        code = compile(line, "<stdin>", "single")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")
        continue
    try:
        exec(code, ns)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
sys.stdout.flush()
print(sorted(k for k in ns if not k.startswith("__")))
