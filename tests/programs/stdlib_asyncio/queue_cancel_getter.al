# A cancelled getter leaves the queue usable; put wakes the next getter.
import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    print(await g2, g1.cancelled(), q.empty())
    q2 = asyncio.Queue(1)
    await q2.put(1)
    p = asyncio.create_task(q2.put(2))
    await asyncio.sleep(0)
    print(p.done(), q2.full())
    print(await q2.get())
    await p
    print(q2.get_nowait(), str(q2))


asyncio.run(main())
