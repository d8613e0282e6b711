import gc


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    f()


def gen(n):
    try:
        yield n
    finally:
        print("closed", n)


def drop(n):
    g = gen(n)
    next(g)
    c = [g]
    c.append(c)


gc.disable()
deep(lambda: drop(1))
print("disabled:", gc.isenabled())
# Allocating much while disabled starts no collection.
junk = [[i] for i in range(300000)]
del junk
print("nothing closed yet")
gc.collect()
print("explicit collect ran finalisers while disabled")
gc.enable()
deep(lambda: drop(2))
gc.collect()
print(gc.isenabled())
