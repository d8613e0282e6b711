# Task misuse: non-coroutines, set_result on a task, awaiting itself, bad yields.
import asyncio


class BadAwaitable:
    def __await__(self):
        yield 42


async def awaits_bad():
    await BadAwaitable()


async def awaits_self():
    await asyncio.current_task()


async def main():
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(asyncio.sleep(0))
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
    await t
    try:
        await asyncio.create_task(awaits_bad())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.create_task(awaits_self())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError:", e)
    f = asyncio.ensure_future(BadAwaitable())
    print(type(f).__name__)
    try:
        await f
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
