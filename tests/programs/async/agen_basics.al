# Async generators: an async def with yield. Calling one runs nothing; each
# __anext__() is an awaitable whose await gives the next yielded value, and
# the end of the body is StopAsyncIteration.
def step(aw):
    """Drives one awaitable to its result (no inner awaits here)."""
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("end", repr(e))
    return ("suspended",)


async def numbers(n):
    print("started")
    for i in range(n):
        yield i
    print("finishing")


g = numbers(2)
print(type(g).__name__, repr(g).startswith("<async_generator object numbers at 0x"))
print(type(numbers).__name__)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__, repr(a).startswith("<async_generator_asend object at 0x"))
print(step(a))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))


async def nothing():
    return
    yield


print(step(nothing().__anext__()))


async def bare_return(flag):
    yield 1
    if flag:
        return
    yield 2


r = bare_return(True)
print(step(r.__anext__()), step(r.__anext__()))
r = bare_return(False)
print(step(r.__anext__()), step(r.__anext__()), step(r.__anext__()))


async def yields_none():
    yield
    x = yield None
    print("x is", x)


y = yields_none()
print(step(y.__anext__()), step(y.__anext__()), step(y.__anext__()))


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def collect(agen):
    out = []
    async for v in agen:
        out.append(v)
    return out


print(run(collect(numbers(4))))


class Holder:
    async def items(self, prefix):
        for c in "ab":
            yield prefix + c


print(run(collect(Holder().items(">"))))
print(Holder().items("").__qualname__, numbers(0).__name__)


def outer():
    async def inner():
        yield "nested"

    return inner()


n = outer()
print(n.__qualname__, repr(n).startswith("<async_generator object outer.<locals>.inner at"))
print(run(collect(n)))
