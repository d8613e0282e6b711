# Cancelling tasks: CancelledError inside, cancel messages, cancelled().
import asyncio


async def waiter(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "got", repr(e))
        raise
    return "never"


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "kept going"


async def main():
    t = asyncio.create_task(waiter("t1"))
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting t1:", repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    t2 = asyncio.create_task(waiter("t2"))
    await asyncio.sleep(0)
    t2.cancel("because")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("awaiting t2:", e.args)
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    t4 = asyncio.create_task(waiter("t4"))
    t4.cancel()
    print(t4.cancelling())
    try:
        await t4
    except asyncio.CancelledError:
        print("t4 cancelled before it started")
    try:
        t4.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t4.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")


asyncio.run(main())
