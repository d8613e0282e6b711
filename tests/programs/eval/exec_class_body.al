# exec and eval inside a class body use the class namespace as locals.
class Config:
    exec("debug = True\nlevel = 3")
    doubled = eval("level * 2")
    for name in ["alpha", "beta"]:
        exec(f"{name}_flag = {len(name)}")
    del name


print(Config.debug, Config.level, Config.doubled, Config.alpha_flag, Config.beta_flag)
print(sorted(k for k in vars(Config) if not k.startswith("__")))


def make_class(fields):
    body = "\n".join(f"    {f} = {i}" for i, f in enumerate(fields))
    ns = {}
    exec(f"class Made:\n{body}\n    def total(self):\n        return {' + '.join('self.' + f for f in fields)}\n", ns)
    return ns["Made"]


Made = make_class(["a", "b", "c"])
print(Made().total(), Made.b, Made.__name__, Made.__qualname__)
