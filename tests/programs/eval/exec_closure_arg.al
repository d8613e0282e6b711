# exec's keyword-only `closure`: None is accepted; cells are for code
# objects with free variables, which compile() never makes.
code = compile("total = sum(range(5))", "<cfg>", "exec")
ns = {}
exec(code, ns, closure=None)
print(ns["total"])
exec("value = 'from a string'", ns, None, closure=None)
print(ns["value"])
for source in [code, "x = 1"]:
    for closure in [(), (1,), []]:
        try:
            exec(source, {}, closure=closure)
        except TypeError as e:
            print(type(source).__name__, repr(closure), "->", e)
try:
    exec("x = 1", {}, closures=None)
except TypeError as e:
    print(e)
try:
    exec("x = 1", {}, {}, None)
except TypeError as e:
    print(e)
