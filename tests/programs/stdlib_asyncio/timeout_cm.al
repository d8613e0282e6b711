# asyncio.timeout / timeout_at (3.11): expiry, reschedule, reprs.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e.__cause__), cm.expired())
    print(cm)
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0)
    print(cm2, cm2.expired())
    async with asyncio.timeout(None) as cm3:
        print(cm3.when())
        cm3.reschedule(None)
        await asyncio.sleep(0.001)
    print(cm3)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    try:
        async with asyncio.timeout(0.01) as cm4:
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired", cm4.expired())
    t = asyncio.Timeout(None)
    print(t)
    try:
        cm2.reschedule(5)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
