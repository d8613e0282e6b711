# Tasks sleeping different times wake in time order; equal sleeps in FIFO order.
import asyncio

log = []


async def sleeper(name, delay):
    log.append(f"{name} sleeps {delay}")
    await asyncio.sleep(delay)
    log.append(f"{name} woke")
    return name


async def main():
    tasks = [asyncio.create_task(sleeper(n, d))
             for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02), ("d", 0), ("e", 0.01)]]
    for t in tasks:
        print(await t)
    r = await asyncio.sleep(0.001, result="done")
    print(r)


asyncio.run(main())
print("\n".join(log))
