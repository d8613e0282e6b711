# shield: cancelling the outer await does not cancel the inner task.
import asyncio


async def important():
    await asyncio.sleep(0.02)
    print("important finished")
    return "result"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled(), inner.cancelled())
    print(await inner)
    done = asyncio.create_task(important())
    await done
    print(asyncio.shield(done) is done)


asyncio.run(main())
