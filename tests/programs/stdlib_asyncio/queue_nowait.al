# Queue nowait methods, QueueEmpty/QueueFull, str(), LifoQueue, PriorityQueue.
import asyncio


async def main():
    q = asyncio.Queue(2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.empty())
    print(str(q))
    try:
        for _ in range(3):
            q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    lq = asyncio.LifoQueue()
    for x in [1, 2, 3]:
        await lq.put(x)
    print([lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(x)
    print([await pq.get() for _ in range(3)])
    print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__module__)


asyncio.run(main())
