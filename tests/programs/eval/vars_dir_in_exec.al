# globals(), locals(), vars() and dir() called inside exec'd code: at the
# top level they are the namespaces exec was given; in a function that
# the code defines, its own locals.
g = {"G": 1}
l = {"L": 2}
exec("""
same_g = globals() is __g
same_l = locals() is __l
names = sorted(k for k in dir() if not k.startswith('__'))
v = sorted(k for k in vars() if not k.startswith('__'))
def fn(a, b=3):
    c = a + b
    return sorted(locals().items()), sorted(k for k in globals() if not k.startswith('__'))
res = fn(1)
""", g, dict(l, __g=g, __l=None))
print(sorted(k for k in g if not k.startswith("__")))

ns = {"x": 1}
loc = {"y": 2}
loc["me"] = loc
exec("same = locals() is me\nglob = sorted(k for k in globals() if k != '__builtins__')\nloc_names = sorted(locals())", ns, loc)
print(loc["same"], loc["glob"], loc["loc_names"])

exec("def fn(a, b=3):\n    c = a + b\n    return sorted(locals().items())\nr = fn(1)", ns)
print(ns["r"])
print(eval("sorted(dir())", {"__builtins__": {"sorted": sorted, "dir": dir}}, {"q": 1, "p": 2}))
print(eval("vars() is z", {"__builtins__": {"vars": vars}}, {"z": None}) is False)
