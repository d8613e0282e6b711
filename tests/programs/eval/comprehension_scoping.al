# Top-level code exec'd with separate globals and locals is scoped like a
# class body: comprehensions, lambdas and functions in it cannot see its
# locals, only its globals.
g = {"G": 100}
loc = {}
exec("a = 5\nsq = [i * i for i in range(3)]", g, loc)
print(loc["sq"], "a" in g)

try:
    exec("b = 2\nvals = [b * i for i in range(3)]", g, loc)
except NameError as e:
    print("NameError", e)

exec("c = 3\nvals = [G + i for i in range(c)]", g, loc)
print(loc["vals"])

try:
    exec("d = 4\nf = lambda: d\nr = f()", g, loc)
except NameError as e:
    print("NameError", e)

exec("e = 1\ndef getg():\n    return G\nr = getg()", g, loc)
print(loc["r"], "getg" in loc, "getg" in g)

# With one namespace (the usual module case) the comprehension sees all.
one = {}
exec("b = 2\nvals = [b * i for i in range(3)]\ns = {b + i for i in range(2)}", one)
print(one["vals"], sorted(one["s"]))

# A generator expression's first iterable is evaluated in the locals.
exec("n = 4\ngen = sum(x for x in range(n))", g, loc)
print(loc["gen"])
try:
    exec("m = 2\ngen2 = sum(m for x in range(3))", g, loc)
except NameError as e:
    print("NameError", e)

# dict and set comprehensions and nested ones behave the same.
try:
    exec("k = 'z'\nd = {k: i for i in range(2)}", g, loc)
except NameError as e:
    print("NameError", e)
exec("grid = [[r * 3 + c for c in range(3)] for r in range(2)]", g, loc)
print(loc["grid"])

# eval with separate locals follows the same rule.
print(eval("[x for x in y]", {}, {"y": [1, 2]}))
try:
    print(eval("[x + y for x in (1, 2)]", {}, {"y": 10}))
except NameError as e:
    print("NameError", e)
print(eval("[x + y for x in (1, 2)]", {"y": 10}, {}))
