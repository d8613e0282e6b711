# A globals dict's __builtins__ decides which builtins the code sees.
log = []


def my_print(*args):
    log.append(" ".join(map(str, args)))


exec("print('captured', 1 + 1)", {"__builtins__": {"print": my_print}})
print(log)
try:
    exec("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
g = {}
exec("n = len('four')", g)
print(g["n"], "__builtins__" in g, type(g["__builtins__"]).__name__)
print(g["__builtins__"]["len"] is len, g["__builtins__"]["__name__"])
exec("m = n * 2", g)
print(g["m"])
import sys

exec("import sys as s\nsame = s is sys_ref", {"sys_ref": sys})
print(eval("__builtins__['abs'](-5)", {}))
