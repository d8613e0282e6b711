import gc


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    f()


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)


def using(name):
    with Resource(name):
        yield "in " + name


def drop():
    g = using("r1")
    print(next(g))
    cycle = [g]
    cycle.append(cycle)


deep(drop)
print("dropped")
gc.collect()
print("collected")


def catcher():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


class Holder:
    pass


def drop2():
    h = Holder()
    h.me = h
    h.gen = catcher()
    next(h.gen)


deep(drop2)
print("dropped 2")
gc.collect()
print("done")
