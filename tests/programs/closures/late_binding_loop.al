# Closures created in loops see the variable's final value (late binding),
# unless the value is captured through a default argument or a factory.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])

bound = [lambda i=i: i for i in range(4)]
print([f() for f in bound])

def factory(n):
    return lambda: n
made = [factory(n) for n in range(4)]
print([f() for f in made])

comp = [lambda: k for k in range(3)]
print([f() for f in comp])

def make_all():
    fs = []
    for j in range(3):
        def f():
            return j * 10
        fs.append(f)
    j = -1
    return fs
print([f() for f in make_all()])

def loop_with_while():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(loop_with_while())
