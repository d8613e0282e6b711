# exec and eval rebinding what compiled code assumed: module functions,
# builtins, and globals read by functions.
def f():
    return "original"


def call_f():
    return f()


print(call_f())
exec("def f():\n    return 'replaced by exec'")
print(f(), call_f())

print(len([1, 2, 3]))
exec("len = lambda x: 42")
print(len([1, 2, 3]))
exec("del len")
print(len([1, 2, 3]))

limit = 3


def under(n):
    return n < limit


print(under(5))
exec("limit = 10")
print(under(5), limit)

g = globals()
exec("counter = 0", g)
for i in range(3):
    exec("counter += 1")
print(counter)

print(eval("abs(-3)"))
exec("abs = str")
print(abs(-3), eval("abs(-3)"))
