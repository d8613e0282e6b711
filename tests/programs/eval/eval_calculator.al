# A calculator in the way real scripts use eval: a restricted namespace
# of math functions, errors reported per expression.
import math

allowed = {name: getattr(math, name) for name in ["sqrt", "sin", "cos", "pi", "e", "log", "floor"]}
allowed["abs"] = abs
expressions = [
    "sqrt(16) + 1",
    "floor(pi * 100) / 100",
    "log(e ** 3)",
    "abs(-2) ** 10",
    "sin(0) + cos(0)",
    "2 ** 0.5",
    "1 / 0",
    "open('x')",
    "len('abc')",
    "sqrt(-1)",
    "(1 + 2",
    "__import__('os')",
]
for expr in expressions:
    try:
        value = eval(expr, {"__builtins__": {}}, allowed)
        print(f"{expr} = {value}")
    except Exception as exc:
        print(f"{expr} -> {type(exc).__name__}: {exc}")
