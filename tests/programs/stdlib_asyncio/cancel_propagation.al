# Cancellation reaches the innermost await and unwinds try/finally blocks.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")


async def middle():
    try:
        await inner()
    except asyncio.CancelledError:
        print("middle sees CancelledError")
        raise
    finally:
        print("middle finally")


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    print("cancelling:", t.cancel("stop now"))
    print("cancelling():", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", e.args)
    print(t.cancelled(), t.uncancel(), t.cancelling())


asyncio.run(main())
