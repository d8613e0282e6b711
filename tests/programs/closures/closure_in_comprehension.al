# Closures inside comprehensions capture comprehension variables; nonlocal through loops.
mults = {k: (lambda x, k=k: x * k) for k in range(1, 4)}
print({k: f(10) for k, f in mults.items()})
late = [lambda: n * 2 for n in range(3)]
print([f() for f in late])

def outer():
    total = 0
    def add_all(xs):
        nonlocal total
        for x in xs:
            total += x
        return total
    add_all([1, 2, 3])
    add_all(range(10))
    return total
print(outer())

def gen_fns():
    return [(lambda y: (lambda: y))(i) for i in "abc"]
print([f() for f in gen_fns()])

def uses_enclosing_in_comp(scale):
    return [v * scale for v in range(4)], {v: scale for v in "xy"}
print(uses_enclosing_in_comp(3))
