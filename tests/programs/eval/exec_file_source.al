# Source read from files the program writes at run time: a settings file
# and a rules script, exec'd with their file name for tracebacks.
import os

with open("settings.cfg.py", "w") as f:
    f.write("name = 'demo'\nretries = 3\nbackoff = [2 ** i for i in range(retries)]\n")
with open("rules.py", "w") as f:
    f.write("def check(order):\n"
            "    if order['qty'] <= 0:\n"
            "        raise ValueError('qty must be positive')\n"
            "    return order['qty'] * order['price']\n")

settings = {}
with open("settings.cfg.py") as f:
    code = compile(f.read(), "settings.cfg.py", "exec")
exec(code, settings)
print(settings["name"], settings["retries"], settings["backoff"])

rules = {}
with open("rules.py") as f:
    exec(compile(f.read(), "rules.py", "exec"), rules)
print(rules["check"]({"qty": 2, "price": 2.5}))
try:
    rules["check"]({"qty": 0, "price": 1})
except ValueError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)
    print(e, [(fr.filename, fr.lineno, fr.name) for fr in tb][-1])

with open("broken.py", "w") as f:
    f.write("x = 1\nif x\n    y = 2\n")
try:
    with open("broken.py") as f:
        compile(f.read(), "broken.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg, repr(e.text))
print(sorted(os.listdir(".")))
