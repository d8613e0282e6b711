# A `global` statement at the top level of exec'd code with separate
# locals: the declared names are read, stored and deleted in the globals.
g = {"c": 0, "gone": 1}
l = {}
exec("global c\nc += 1\nd = c", g, l)
print(g["c"], sorted(l))

exec("""
for i in range(3):
    if i:
        global total
        total = i * 10
    local_i = i
global gone, mod
del gone
import json as mod
""", g, l)
print(g["total"], "gone" in g, g["mod"].__name__, sorted(l))
print(eval("c + total", g, {"c": 100}))

counter = 0


def bump():
    # exec in a function: the globals are the module's.
    exec("global counter\ncounter += 1\nseen = counter")


bump()
bump()
print(counter)
