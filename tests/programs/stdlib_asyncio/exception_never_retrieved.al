# A task's exception nobody retrieved is logged as CPython logs it.
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ValueError("lost")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(t.done(), t.cancelled())
    t2 = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(type(t2.exception()).__name__)


asyncio.run(main())
print("end")
