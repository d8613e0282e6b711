# Reprs of tasks, futures, handles, timeouts and task groups.
import asyncio
import functools
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def show(x):
    # The reprs name this file by its absolute path: shown relative, so
    # the expected output does not depend on where the tree is.
    print(repr(x).replace(HERE, "<dir>"))


def cb(x, y=2):
    pass


async def child():
    await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(child(), name="kid")
    show(t)
    await t
    show(t)
    f = loop.create_future()
    show(f)
    f.add_done_callback(cb)
    show(f)
    f.add_done_callback(print)
    f.add_done_callback(cb)
    show(f)
    f.set_result([1, 2, 3])
    show(f)
    h = loop.call_soon(cb, 1, "two")
    show(h)
    h.cancel()
    show(h)
    show(loop.call_soon(functools.partial(cb, 3)))
    show(loop.call_soon(print, "x" * 50))
    e = loop.create_future()
    e.set_exception(KeyError("k"))
    show(e)
    e.exception()
    c = loop.create_future()
    c.cancel()
    show(c)
    bad = asyncio.create_task(child())
    bad.cancel()
    try:
        await bad
    except asyncio.CancelledError:
        pass
    show(bad)


asyncio.run(main())
