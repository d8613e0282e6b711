# Exceptions inside exec'd and eval'd code: raised, caught, chained, and
# propagated to the caller with their type and message.
for src in [
    "raise ValueError('bad value')",
    "1 / 0",
    "[][5]",
    "undefined",
    "int('x')",
    "def f():\n    return g()\nf()",
    "assert 1 == 2, 'nope'",
    "raise KeyError('k') from None",
    "import nonexistent_module_xyz",
]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, "|", e)

src = """
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

log = []
try:
    try:
        raise AppError(5)
    except AppError as e:
        log.append(e.code)
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    log.append(repr(e.__cause__))
finally:
    log.append("finally")

def risky(n):
    if n > 2:
        raise AppError(n)
    return n

for i in range(5):
    try:
        log.append(risky(i))
    except AppError as e:
        log.append(str(e))
        break
"""
ns = {}
exec(src, ns)
print(ns["log"])
try:
    ns["risky"](9)
except ns["AppError"] as e:
    print("caught outside:", e, e.code, type(e).__name__)
try:
    eval("(lambda: 1 / 0)()")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    exec("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)
