# Task names, done/result/exception, add_done_callback, set_name.
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x * 2


async def boom():
    await asyncio.sleep(0)
    raise KeyError("k")


def callback(t):
    print("callback:", t.get_name(), t.result())


async def main():
    t = asyncio.create_task(work(21))
    print(t.get_name(), t.done(), t.cancelled())
    t.add_done_callback(callback)
    print(await t)
    print(t.done(), t.result(), t.exception())
    named = asyncio.create_task(work(1), name="worker-1")
    print(named.get_name())
    named.set_name(123)
    print(repr(named.get_name()))
    await named
    b = asyncio.create_task(boom())
    try:
        await b
    except KeyError as e:
        print("KeyError", e)
    print(type(b.exception()).__name__, b.done())
    try:
        b.result()
    except KeyError as e:
        print("result raises", repr(e))
    print(asyncio.create_task(work(0)).get_name())


asyncio.run(main())
