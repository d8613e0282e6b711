# gather: results in argument order, duplicates, empty gather, futures.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    print(await asyncio.gather(value(1, 0.02), value(2, 0.01), value(3, 0)))
    print(await asyncio.gather())
    c = value("same", 0)
    t = asyncio.ensure_future(c)
    print(await asyncio.gather(t, t, value("x", 0)))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "from future")
    print(await asyncio.gather(f, value("y", 0)))
    g = asyncio.gather(value(1, 0), value(2, 0))
    print(type(g).__name__, isinstance(g, asyncio.Future))
    print(await g)


asyncio.run(main())
