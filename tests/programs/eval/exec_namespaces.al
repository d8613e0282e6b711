# exec with the module's namespace, explicit globals, and separate locals.
exec("a = 1")
print(a)
exec("a += 41")
print(a)
exec("del a")
try:
    a
except NameError as e:
    print("NameError", e)

g = {}
exec("x = 5\ny = x * 2", g)
print(sorted(g), g["x"], g["y"])
print(type(g["__builtins__"]).__name__)
exec("x = x + 1", g)
print(g["x"])

g = {"base": 100}
loc = {}
exec("r = base + 1\ns = r * 2", g, loc)
print(sorted(loc.items()), "r" in g)

g = {}
exec("def f(n):\n    return n + k\nk = 7\nout = f(1)", g)
print(g["out"], g["f"](10), g["f"].__name__)
g["k"] = 100
print(g["f"](1))

# A function defined with separate locals reads the globals only.
g = {}
loc = {}
exec("k = 3\ndef f():\n    return k\n", g, loc)
try:
    loc["f"]()
except NameError as e:
    print("NameError", e)
g["k"] = 9
print(loc["f"]())

# global statements inside exec'd functions write the globals dict.
g = {"count": 0}
exec("def bump():\n    global count\n    count += 1\nbump()\nbump()", g)
print(g["count"])

# del of a missing name
try:
    exec("del nothing_here", {})
except NameError as e:
    print("NameError", e)

# exec returns None; eval of an exec-mode code object too
print(exec("1 + 1"))
print(eval(compile("q = 1", "<x>", "exec"), {}))


def in_function():
    v = 1
    exec("w = v + 1")  # locals() is a snapshot: w is not a local
    try:
        return w
    except NameError as e:
        return "NameError " + str(e)


print(in_function())
