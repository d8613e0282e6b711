# TaskGroup (3.11): waits for all its tasks.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.02))
        t2 = tg.create_task(job("two", 0.01), name="second")
        print("in block", t2.get_name())
    print(t1.result(), t2.result())
    tg = asyncio.TaskGroup()
    print(tg)
    async with tg:
        print(tg)
    c = job("late", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.TaskGroup().create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()


asyncio.run(main())
