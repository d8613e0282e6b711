# Event: waiters wake when set, in FIFO order; clear; is_set.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        asyncio.Event(loop=None)
    except TypeError as e:
        print(e)


asyncio.run(main())
