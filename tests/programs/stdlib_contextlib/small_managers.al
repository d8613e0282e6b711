from contextlib import suppress, closing, nullcontext


with suppress(ValueError):
    int("x")
print("after int")

with suppress(KeyError, IndexError):
    [][1]
print("after index")

with suppress(LookupError):
    {}["k"]
print("subclass suppressed")

try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

with suppress():
    pass
try:
    with suppress():
        raise ValueError("v")
except ValueError as e:
    print("empty suppress:", e)

s = suppress(TypeError)
print(s.__exit__(None, None, None), s.__exit__(TypeError, TypeError(), None))
print(s.__enter__())


class Thing:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Thing("a")) as t:
    print("using", t.name)

try:
    with closing(Thing("b")):
        raise RuntimeError("in body")
except RuntimeError as e:
    print("caught", e)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


with closing(gen()) as g:
    print(next(g))

with nullcontext() as v:
    print(v)
with nullcontext(42) as v:
    print(v)
n = nullcontext([1])
with n as a, n as b:
    print(a is b)
try:
    with nullcontext():
        raise KeyError("k")
except KeyError as e:
    print("nullcontext does not suppress", e)
print(n.__exit__(ValueError, ValueError(), None))
