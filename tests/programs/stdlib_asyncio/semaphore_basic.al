# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import asyncio

active = 0
peak = 0


async def limited(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", i, "active", active)
        # A yield, not a timer: which timers are due together would depend
        # on the machine's speed.
        await asyncio.sleep(0)
        active -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i) for i in range(5)))
    print("peak", peak, sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    print(s.locked(), await s.acquire())


asyncio.run(main())
