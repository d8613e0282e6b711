# An exception raised inside an async generator propagates through the
# async for, the awaiting coroutine and send() to the top level.
class Tick:
    def __await__(self):
        yield "tick"


async def readings():
    yield 1
    await Tick()
    yield 2
    raise OSError("sensor unplugged")


async def average():
    total = 0
    n = 0
    async for r in readings():
        total += r
        n += 1
        print("reading", r)
    return total / n


coro = average()
while True:
    coro.send(None)
