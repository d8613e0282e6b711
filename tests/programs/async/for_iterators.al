# async for over class-based async iterators: __aiter__ once, an awaited
# __anext__ per item, StopAsyncIteration ends the loop and runs else;
# break skips else, continue goes on.
class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("tick", self.v)
        return got


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("aiter called")
        return self

    async def __anext__(self):
        await Tick(self.n)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


class SyncNext:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Tick(self.items.pop(0))


class Wrapper:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return Countdown(self.n)


async def main():
    out = []
    async for i in Countdown(3):
        out.append(i)
    else:
        out.append("else")
    async for i in Countdown(5):
        if i == 4:
            continue
        if i == 2:
            break
        out.append(i)
    else:
        out.append("not reached")
    async for pair in SyncNext(["a", "b"]):
        out.append(pair)
    async for i in Wrapper(2):
        out.append(i * 100)
    async for i in Countdown(0):
        out.append("empty")
    else:
        out.append("empty else")
    return out


print(run(main()))


async def nested():
    res = []
    async for i in Countdown(2):
        async for j in Countdown(2):
            res.append((i, j))
        for k in range(2):
            res.append(k)
    return res


print(run(nested()))


async def targets():
    class Pairs:
        def __init__(self):
            self.items = [(1, 2), (3, 4)]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    d = {}
    async for a, b in Pairs():
        d[a] = b
    async for d["last"] in Pairs():
        pass
    return d


print(run(targets()))


async def return_from_loop():
    async for i in Countdown(10):
        if i == 7:
            return "returned at", i


print(run(return_from_loop()))
