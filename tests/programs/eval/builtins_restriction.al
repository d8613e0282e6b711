# Restricting what exec'd code can reach through __builtins__: a dict of
# allowed names, an empty dict, a module, and what functions defined in
# the sandbox see later.
REAL = {"len": len, "range": range, "sum": sum, "print": print,
        "ValueError": ValueError, "max": max, "open": open}


def sandbox(allowed):
    return {"__builtins__": {name: REAL[name] for name in allowed}}


ns = sandbox(["len", "range", "sum", "print", "ValueError"])
exec("total = sum(range(len('abcd')))\nprint('in sandbox', total)", ns)
print(ns["total"], sorted(ns["__builtins__"]))

for src in ["open('x')", "__import__('os')", "max(1, 2)", "int('5')"]:
    try:
        exec(src, sandbox(["len"]))
    except NameError as e:
        print("blocked:", e)

empty = {"__builtins__": {}}
try:
    exec("x = len([])", empty)
except NameError as e:
    print("empty:", e)
exec("x = 1 + 2", empty)
print(empty["x"])

# A function defined in the sandbox keeps its restricted builtins.
ns = sandbox(["len", "ValueError"])
exec("""
def check(s):
    if len(s) > 3:
        raise ValueError("too long: " + s)
    return s

def leak():
    return open
""", ns)
print(ns["check"]("abc"))
try:
    ns["check"]("abcdef")
except ValueError as e:
    print("ValueError", e)
try:
    ns["leak"]()
except NameError as e:
    print("NameError", e)

# A globals dict without __builtins__ gets the real builtins added.
plain = {}
exec("z = max(3, 9)", plain)
print(plain["z"], "__builtins__" in plain)

# Overriding one builtin for the exec'd code only.
def fake_print(*args):
    out.append(" ".join(map(str, args)))


out = []
exec("print('captured', 1, 2)\nprint('again')", {"__builtins__": {"print": fake_print}})
print(out)
