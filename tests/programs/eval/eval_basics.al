# eval of expressions against the module's namespace and explicit dicts.
x = 10
names = ["a", "b"]
print(eval("x + 1"))
print(eval("x * 2 + len(names)"))
print(eval("[i * i for i in range(5)]"))
print(eval("{k: v for k, v in zip(names, range(2))}"))
print(eval("(lambda n: n + x)(5)"))
print(eval("'%s-%d' % ('v', x)"))
print(eval("f'{x:>5}|{names[0]!r}'"))
print(eval("3.5 / 2"), eval("2 ** 100"), eval("-7 // 2"), eval("1j * 1j"))
print(eval("None"), eval("True and not False"), eval("..."))
print(eval("x if x > 5 else -x"))
print(eval("sum(i for i in range(10) if i % 2)"))
print(eval("  x - 1"))
print(eval("\tx - 2"))
print(eval("x\n"))
print(eval("(x,\n x)"))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 20}))
print(eval("a + b", {"a": 1, "b": 2}, {"b": 30}))
print(eval("min(3, 1, 2)", {}))
print(eval("x", {"x": "global"}, {"x": "local"}))
print(eval(b"x + 100"))
print(eval("__name__"))
print(eval("__name__", {}))
print(eval("__name__", {"__name__": "mine"}))


def scope():
    y = 5
    return eval("x + y")


print(scope())


def nested():
    z = 3
    def inner():
        return eval("z * 2")  # z is not a local of inner: NameError
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)


print(nested())
for expr in ["undefined_name", "1 / 0", "[][1]", "{}['k']", "int('x')"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
