# Custom awaitables, Futures awaited directly, async context managers and iterators.
import asyncio


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v


class Resource:
    async def __aenter__(self):
        print("acquire")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("release", exc[0])
        return False


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def main():
    print(await Ready("ready"))
    async with Resource() as r:
        print("using", type(r).__name__)
    ticks = [x async for x in Ticker(3)]
    print(ticks)
    squares = [x async for x in agen(4)]
    print(squares)
    print(await asyncio.gather(Ready(1), Ready(2)))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "soon")
    print(await fut)


asyncio.run(main())
