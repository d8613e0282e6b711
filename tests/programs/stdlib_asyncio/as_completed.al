# as_completed yields results in completion order; a timeout.
import asyncio


async def job(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    for coro in asyncio.as_completed([job("c", 0.03), job("a", 0.01), job("b", 0.02)]):
        print(await coro)
    it = asyncio.as_completed([job("fast", 0.01), job("slow", 1)], timeout=0.05)
    try:
        for coro in it:
            print(await coro)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
