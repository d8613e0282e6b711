# asyncio.run returns the coroutine's result; ordering of ready callbacks.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    print("main start")
    x = await add(1, 2)
    print("x =", x)
    return x * 10


print(asyncio.run(main()))
print(asyncio.run(add(3, 4)))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)


async def nested():
    c = add(1, 1)
    try:
        asyncio.run(c)
    finally:
        c.close()


c = add(0, 0)
try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
