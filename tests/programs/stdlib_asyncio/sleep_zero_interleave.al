# sleep(0) yields to the loop: tasks interleave round-robin, FIFO.
import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    t1 = asyncio.create_task(count("A", 3))
    t2 = asyncio.create_task(count("B", 2))
    t3 = asyncio.create_task(count("C", 4))
    print("created")
    await asyncio.sleep(0)
    print("main after one yield")
    print(await asyncio.gather(t1, t2, t3))


asyncio.run(main())
