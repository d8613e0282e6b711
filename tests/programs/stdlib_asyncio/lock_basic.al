# Lock: mutual exclusion with async with; FIFO waiters; errors.
import asyncio

lock = asyncio.Lock()


async def critical(name):
    async with lock:
        print(name, "enter", lock.locked())
        await asyncio.sleep(0.001)
        print(name, "leave")


async def main():
    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()


asyncio.run(main())
