# Reprs of tasks, futures, handles, timeouts and task groups.
import asyncio
import functools


def cb(x, y=2):
    pass


async def child():
    await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(child(), name="kid")
    print(t)
    await t
    print(t)
    f = loop.create_future()
    print(f)
    f.add_done_callback(cb)
    print(f)
    f.add_done_callback(print)
    f.add_done_callback(cb)
    print(f)
    f.set_result([1, 2, 3])
    print(f)
    h = loop.call_soon(cb, 1, "two")
    print(h)
    h.cancel()
    print(h)
    print(loop.call_soon(functools.partial(cb, 3)))
    print(loop.call_soon(print, "x" * 50))
    e = loop.create_future()
    e.set_exception(KeyError("k"))
    print(e)
    e.exception()
    c = loop.create_future()
    c.cancel()
    print(c)
    bad = asyncio.create_task(child())
    bad.cancel()
    try:
        await bad
    except asyncio.CancelledError:
        pass
    print(bad)


asyncio.run(main())
