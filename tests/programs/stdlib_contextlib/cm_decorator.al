from contextlib import contextmanager, ContextDecorator

calls = []


@contextmanager
def logged(label):
    calls.append("in " + label)
    yield
    calls.append("out " + label)


@logged("deco")
def work(x, y=1):
    """Adds."""
    calls.append("work")
    return x + y


print(work(1), work(2, y=3))
print(calls)
print(work.__name__, work.__doc__)


class track(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


@track("f")
def f(n):
    if n < 0:
        raise ValueError("negative")
    return n * 2


print(f(4))
try:
    f(-1)
except ValueError as e:
    print("error", e)

with track("direct") as t:
    print(t.name)


class quiet(ContextDecorator):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


@quiet()
def fails():
    raise KeyError("x")


print(fails())


# A generator-based manager used as a decorator runs a fresh generator per call.
@contextmanager
def counter():
    counter.n += 1
    yield counter.n


counter.n = 0
deco = counter()


@deco
def g():
    return counter.n


print(g(), g(), g())
with deco as v:
    print("with", v)
print(isinstance(deco, ContextDecorator))


@logged("recursive")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


calls.clear()
print(fact(3), calls)
