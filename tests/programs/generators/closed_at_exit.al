# Generators still suspended inside try/finally, with, or try/except when
# the program ends are closed then, as CPython's shutdown closes what the
# module still holds: oldest first, whether held by a global or by another
# generator's frame. Nothing here is garbage before the end, so the output
# does not depend on when a collector runs. (Generators held in containers
# are closed at exit too, but CPython's order for them follows its module
# clearing, not creation: docs/language.md.)


def tagged(tag):
    try:
        yield tag
        yield tag + "-second"
    finally:
        print("finally", tag)


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False


def in_with(name):
    with Manager(name):
        yield 1


def catches(tag):
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit in", tag)
        raise


def outer_holds_inner():
    inner = tagged("inner")
    next(inner)
    try:
        yield "outer"
    finally:
        print("finally outer")


def delegating():
    try:
        yield from tagged("delegated")
    finally:
        print("finally delegating")


def not_in_try():
    # Closing this one has no visible effect.
    yield 1
    print("never printed")


def finished():
    try:
        yield 1
    finally:
        print("finally finished (once)")


async def coro(tag):
    try:
        await Awaitable()
    finally:
        print("finally", tag)


class Awaitable:
    def __await__(self):
        yield "suspended"


b = tagged("b")
a = tagged("a")
print(next(a), next(b))
m = in_with("manager")
next(m)
c = catches("c")
next(c)
o = outer_holds_inner()
print(next(o))
d = delegating()
print(next(d))
n = not_in_try()
next(n)
f = finished()
next(f)
for rest in f:
    pass
co = coro("coroutine")
print(co.send(None))
unstarted = tagged("never started")
print("end of module")
