# async def and await in exec'd code, driven by asyncio and by hand.
import asyncio

src = '''
async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()

async def gather_all(names):
    results = await asyncio.gather(*(fetch(n, 0) for n in names))
    return results

async def agen(n):
    for i in range(n):
        yield i * i
        await asyncio.sleep(0)

async def collect(n):
    return [x async for x in agen(n)]

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def ticks():
    out = []
    async for t in Ticker(3):
        out.append(t)
    return out

async def plain():
    return 42
'''
ns = {"asyncio": asyncio}
exec(src, ns)
print(asyncio.run(ns["fetch"]("x", 0)))
print(asyncio.run(ns["gather_all"](["a", "b", "c"])))
print(asyncio.run(ns["collect"](5)))
print(asyncio.run(ns["ticks"]()))
coro = ns["plain"]()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
