# TaskGroup: an error cancels the siblings; errors raised as an ExceptionGroup.
import asyncio


async def fails(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails("boom", 0.01))
            tg.create_task(sibling())
    except* ValueError as eg:
        print("caught", repr(eg), [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            # Both fail in the same loop iteration whatever the machine's
            # speed (two timers could fire in different iterations).
            tg.create_task(fails("a", 0))
            tg.create_task(fails("b", 0))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
