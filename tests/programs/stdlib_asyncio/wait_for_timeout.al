# wait_for: result in time, TimeoutError (the task is cancelled), None timeout.
import asyncio


async def slow(delay, v):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("slow", v, "cancelled")
        raise
    return v


async def main():
    print(await asyncio.wait_for(slow(0.01, "quick"), timeout=1))
    try:
        await asyncio.wait_for(slow(1, "late"), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow(0, "none"), None))
    try:
        await asyncio.wait_for(slow(1, "zero"), 0)
    except TimeoutError:
        print("timeout 0")
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
