# A settings file in Python syntax, evaluated with exec into a fresh dict,
# merged over defaults and validated.
DEFAULTS = {"host": "localhost", "port": 8000, "debug": False, "workers": 1}

CONFIG_TEXT = '''
# server settings
host = "0.0.0.0"
port = 8080 + 1
debug = True
workers = max(2, 4 // 2) * 2
allowed = [f"10.0.0.{i}" for i in range(1, 4)]
_private = "hidden"
limits = dict(rps=100, burst=20)
'''


def load_config(text, defaults):
    ns = {}
    exec(text, ns)
    cfg = dict(defaults)
    for key in sorted(ns):
        if key.startswith("_"):
            continue
        cfg[key] = ns[key]
    return cfg, ns


cfg, ns = load_config(CONFIG_TEXT, DEFAULTS)
for k in sorted(cfg):
    print(k, "=", repr(cfg[k]))
print("__builtins__" in ns, "_private" in ns)
print(sorted(k for k in ns if not k.startswith("__")))

# A second file overrides only some keys; the first namespace is untouched.
cfg2, ns2 = load_config("port = 9000\nname = 'svc-' + str(port)", DEFAULTS)
print(cfg2["port"], cfg2["name"], cfg2["host"])
print(ns["port"])

# A broken config reports the line.
try:
    load_config("a = 1\nb = a +\n", DEFAULTS)
except SyntaxError as e:
    print("bad config:", e.msg, e.lineno, e.filename)
try:
    load_config("a = 1\nb = undefined_name\n", DEFAULTS)
except NameError as e:
    print("bad config:", e)
