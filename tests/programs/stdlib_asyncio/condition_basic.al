# Condition: wait/notify/notify_all/wait_for.
import asyncio


async def consumer(cond, name, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "takes", items.pop(0))


async def waiter(cond, name):
    async with cond:
        r = await cond.wait()
        print(name, "notified", r)


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        items.append("y")
        cond.notify_all()
    await asyncio.gather(*tasks)
    ws = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.gather(*ws)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
