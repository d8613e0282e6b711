# Async generators chained into a pipeline: each stage consumes the previous
# one with async for; a stage that stops early closes its source chain.
class Yield:
    def __await__(self):
        yield None


def run(coro):
    switches = 0
    try:
        while True:
            coro.send(None)
            switches += 1
    except StopIteration as e:
        return e.value, switches


async def source(n):
    try:
        for i in range(n):
            await Yield()
            yield i
    finally:
        print("source closed")


async def amap(f, it):
    async for x in it:
        yield f(x)


async def afilter(pred, it):
    async for x in it:
        if pred(x):
            yield x


async def take(n, it):
    if n <= 0:
        return
    async for x in it:
        yield x
        n -= 1
        if n == 0:
            break
    await it.aclose()


async def main():
    src = source(10)
    squares = amap(lambda x: x * x, src)
    odd = afilter(lambda x: x % 2 == 1, squares)
    out = []
    async for v in take(3, odd):
        out.append(v)
    print("took", out)
    await squares.aclose()
    print("closing the source explicitly")
    await src.aclose()
    total = 0
    async for v in amap(str, source(3)):
        total += len(v)
    return total


print(run(main()))


async def windowed(it, size):
    window = []
    async for x in it:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window = []
    if window:
        yield tuple(window)


async def main2():
    return [w async for w in windowed(source(7), 3)]


print(run(main2()))
