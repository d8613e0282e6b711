# exec inside exec inside eval: each level with its own namespaces, the
# inner code seeing what the outer level passed it.
outer = {"depth": 0}
exec('''
inner = {"depth": depth + 1}
exec("""
level3 = {'depth': depth + 1}
exec("result = depth * 100", level3)
got = level3['result']
""", inner)
got = inner["got"]
''', outer)
print(outer["got"], outer["inner"]["depth"], outer["inner"]["level3"]["depth"])

# eval calling exec calling eval.
print(eval("exec('x = eval(\\'2 ** 10\\')', ns) or ns['x']", {"ns": {}}))


# Code that generates code that generates a function.
gen = '''
src = "def " + name + "(n):\\n    return n * " + str(factor) + "\\n"
exec(src, globals())
'''
ns = {}
for name, factor in [("double", 2), ("triple", 3)]:
    exec(gen, ns, {"name": name, "factor": factor, "ns": ns})
print(ns["double"](21), ns["triple"](5))

# Recursion through exec: each level compiles fresh source.
def nest(n):
    if n == 0:
        return "bottom"
    loc = {"nest": nest, "n": n}
    exec("r = nest(n - 1) + '<' + str(n)", loc)
    return loc["r"]


print(nest(5))

# An exception crosses all levels and keeps its type.
try:
    exec("exec('eval(\"1 / 0\")')")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
