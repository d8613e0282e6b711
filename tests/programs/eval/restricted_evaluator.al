# An expression evaluator for user formulas: eval with a whitelist of
# builtins and a table of variables; forbidden names fail as NameError.
import math

SAFE = {
    "abs": abs, "min": min, "max": max, "round": round, "sum": sum,
    "len": len, "sqrt": math.sqrt, "pi": math.pi, "floor": math.floor,
}


def evaluate(expr, variables):
    env = {"__builtins__": SAFE}
    try:
        code = compile(expr, "<formula>", "eval")
    except SyntaxError as e:
        return f"syntax error: {e.msg} (col {e.offset})"
    try:
        return eval(code, env, dict(variables))
    except NameError as e:
        return f"name error: {e}"
    except ZeroDivisionError as e:
        return f"math error: {e}"
    except TypeError as e:
        return f"type error: {e}"


vars_ = {"width": 3, "height": 4.0, "items": [4, 8, 15, 16, 23, 42]}
formulas = [
    "width * height",
    "sqrt(width ** 2 + height ** 2)",
    "round(pi * width ** 2, 3)",
    "sum(items) / len(items)",
    "max(items) - min(items)",
    "floor(height / 3)",
    "[x for x in items if x % 2]",
    "width / 0",
    "open('/etc/passwd')",
    "__import__('os')",
    "print('hi')",
    "width +",
    "len(5)",
    "abs(-width) if height > 3 else None",
    "{k: v for k, v in zip('ab', items)}",
]
for f in formulas:
    print(f"{f!r:42} -> {evaluate(f, vars_)!r}")
