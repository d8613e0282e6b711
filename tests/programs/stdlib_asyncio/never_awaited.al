# RuntimeWarning: coroutine '...' was never awaited, on stderr, once per line.
import asyncio


async def fetch(x):
    return x


def helper():
    fetch(1)


async def main():
    fetch(2)
    await asyncio.sleep(0)
    print("main done")


fetch(0)
for i in range(3):
    fetch(i)
helper()
asyncio.run(main())
print("end")
