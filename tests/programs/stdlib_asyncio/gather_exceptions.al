# gather with and without return_exceptions.
import asyncio


async def ok(v):
    await asyncio.sleep(0)
    return v


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    r = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
    print(r)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(ok(1), fail("first", 0.01), fail("second", 0.02))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.03)
    t = asyncio.create_task(ok("slow"))
    t.cancel()
    r = await asyncio.gather(t, ok(2), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])


asyncio.run(main())
