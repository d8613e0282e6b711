# wait_for cancels the inner task on timeout and waits for it to finish.
import asyncio


async def slow_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled, cleaning up")
        await asyncio.sleep(0)
        print("cleanup done")
        raise


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "value anyway"


async def main():
    try:
        await asyncio.wait_for(slow_cleanup(), 0.01)
    except TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(swallow(), 0.01))
    t = asyncio.create_task(asyncio.sleep(0, "fast"))
    print(await asyncio.wait_for(t, 1))


asyncio.run(main())
