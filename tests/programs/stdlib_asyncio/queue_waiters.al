# Several getters wait on one queue: woken in FIFO order.
import asyncio


async def getter(q, name):
    v = await q.get()
    print(name, "got", v)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    for v in "xyz":
        q.put_nowait(v)
    await asyncio.gather(*tasks)
    t = asyncio.create_task(getter(q, "late"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), str(q))


asyncio.run(main())
