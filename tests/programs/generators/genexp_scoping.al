# Scoping: closures over enclosing locals, class bodies, walrus, loops.
def outer():
    k = 3
    return (x * k for x in range(3))


print(list(outer()))


def counter():
    total = 0
    g = (total := total + x for x in range(4))
    print(list(g), total)


counter()
last = None
print(list(last := v for v in "xyz"), last)
x = "global"


class K:
    x = "class"
    items = [1, 2]
    g = (x for _ in items)
    h = list(x for _ in items)


print(list(K.g), K.h)


def late():
    fs = []
    for i in range(3):
        fs.append((i * j for j in range(2)))
    return [list(f) for f in fs]


print(late())


def gen_in_gen():
    for n in range(3):
        yield (n * m for m in range(3))


print([list(g) for g in gen_in_gen()])


def closure_cell():
    a = 1
    g = (a + i for i in range(2))
    a = 10
    return list(g)


print(closure_cell())
print([list(g) for g in [(i for i in range(k)) for k in range(3)]])
