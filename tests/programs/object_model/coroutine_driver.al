# A small event loop driving coroutines through __await__ and
# coroutine_wrapper iterators, the way asyncio's Future and Task do.


class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None

    def set_result(self, value):
        self.done = True
        self.result = value

    def __await__(self):
        if not self.done:
            yield self
        return self.result

    __iter__ = __await__


class Loop:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, coro, name):
        self.ready.append((coro.__await__(), name, None))

    def run(self):
        step = 0
        while self.ready:
            it, name, value = self.ready.pop(0)
            try:
                fut = it.send(value)
            except StopIteration as e:
                self.log.append(f"{name} -> {e.value}")
                continue
            step += 1
            fut.set_result(f"{fut.name}@{step}")
            self.ready.append((it, name, None))
        return self.log


async def fetch(n):
    a = await Future(f"req{n}")
    b = await Future(f"more{n}")
    return f"{a}+{b}"


async def combined():
    first = await fetch(1)
    second = await fetch(2)
    return [first, second]


async def via_wrapper():
    return await Wrapped(fetch(3))


class Wrapped:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        result = yield from self.coro.__await__()
        return result.upper()


loop = Loop()
loop.spawn(combined(), "combined")
loop.spawn(fetch(9), "single")
loop.spawn(via_wrapper(), "wrapped")
for line in loop.run():
    print(line)


def legacy():
    r = yield from Future("legacy")
    return r


g = legacy()
f = next(g)
f.set_result("legacy done")
try:
    g.send(None)
except StopIteration as e:
    print(e.value)
