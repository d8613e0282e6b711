# asyncio.Runner (3.11): several runs on one loop, close, context manager.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    return n * n


with asyncio.Runner() as runner:
    print(runner.run(step(2)))
    print(runner.run(step(3)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
c = step(4)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
r = asyncio.Runner()
print(r.run(step(5)))
r.close()
r.close()
c = step(1)
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
