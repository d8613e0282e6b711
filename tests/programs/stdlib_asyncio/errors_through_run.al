# Exceptions leave asyncio.run; CancelledError is a BaseException.
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ZeroDivisionError("deep")


async def main():
    return await fails()


try:
    asyncio.run(main())
except ZeroDivisionError as e:
    print("caught", e)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
print(asyncio.CancelledError.__module__, asyncio.InvalidStateError.__mro__[1].__name__)


async def cancels_itself():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


try:
    asyncio.run(cancels_itself())
except asyncio.CancelledError:
    print("CancelledError out of run")


async def raises_cancelled():
    raise asyncio.CancelledError("by hand")


try:
    asyncio.run(raises_cancelled())
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
