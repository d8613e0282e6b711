# exec inside exec, eval inside exec'd functions, compile inside exec.
ns = {}
exec("""
inner_ns = {}
exec("a = 1\\nb = eval('a + 1')", inner_ns)
total = inner_ns['a'] + inner_ns['b']

def evaluator(expr):
    return eval(expr)

code = compile("total * 10", "<inner>", "eval")
scaled = eval(code)
""", ns)
print(ns["total"], ns["scaled"])
ns["total"] = 5
print(ns["evaluator"]("total + 1"))


def outer():
    local_value = 3
    return eval("eval('local_value * 2')")


try:
    print(outer())
except NameError as e:
    print("NameError", e)


def depth(n):
    if n == 0:
        return "bottom"
    return eval(f"depth({n - 1})")


print(depth(20))
src = "x = 0\n" + "x += 1\n" * 200
exec(src)
print(x)
