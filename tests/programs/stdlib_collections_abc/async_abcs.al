# Awaitable, Coroutine, AsyncIterable, AsyncIterator and AsyncGenerator
# against coroutines, async generators and user classes.
from collections.abc import (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, Iterator, Generator)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')


async def co():
    return 1


async def agen():
    yield 1
    yield 2


c = co()
a = agen()
kinds = (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterator, Generator)
for x in (c, a, a.asend(None), a.__anext__(), a.aclose()):
    print(type(x).__name__, [k.__name__ for k in kinds if isinstance(x, k)])
c.close()


class Ticker(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def collect(ait):
    return [x async for x in ait]


t = Ticker(3)
print(t.__aiter__() is t, run(collect(t)))


class Relay(AsyncGenerator):
    def __init__(self):
        self.n = 0

    async def asend(self, value):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return (self.n, value)

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


print(run(collect(Relay())))
r = Relay()
print(run(r.__anext__()), run(r.asend('v')))
print(run(r.aclose()))


class Wait:
    def __await__(self):
        return iter([])


class Coro(Coroutine):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)

    def __await__(self):
        return iter([])


print(isinstance(Wait(), Awaitable), isinstance(Wait(), Coroutine), isinstance(Coro(), Coroutine))
Coro().close()
try:
    Coro().throw(ValueError)
except ValueError:
    print('thrown')
print(sorted(AsyncGenerator.__abstractmethods__), sorted(Coroutine.__abstractmethods__))
