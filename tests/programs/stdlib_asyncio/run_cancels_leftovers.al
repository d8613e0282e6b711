# asyncio.run cancels the tasks still pending when main returns.
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise


async def cleanup():
    try:
        await asyncio.sleep(100)
    finally:
        print("cleanup runs")


async def main():
    # One left over: several would be cancelled in set order.
    asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    print("main returns")
    return "ok"


print(asyncio.run(main()))
