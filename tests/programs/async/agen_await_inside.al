# await inside an async generator: what the awaited object yields goes up to
# whoever drives the outermost coroutine, values sent back come back down,
# and only the generator's own yields end an __anext__() await.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        reply = yield self.what
        return reply


async def fetcher(keys):
    for k in keys:
        v = await Request(("get", k))
        print("fetched", k, "->", v)
        yield k, v
    await Request(("done",))


async def consumer():
    got = {}
    async for k, v in fetcher(["a", "b", "c"]):
        got[k] = v
        await Request(("log", k))
    return got


def drive(coro):
    reply = None
    trace = []
    try:
        while True:
            req = coro.send(reply)
            trace.append(req)
            reply = req[1].upper() if req[0] == "get" else None
    except StopIteration as e:
        return e.value, trace


result, trace = drive(consumer())
print(result)
for t in trace:
    print(t)


async def sub():
    x = await Request("inner")
    return x * 2


async def gen_awaiting_coroutine():
    for i in range(2):
        r = await sub()
        yield r + i


def drive_numbers(coro):
    n = None
    try:
        while True:
            coro.send(n)
            n = (n or 0) + 10
    except StopIteration as e:
        return e.value


async def total():
    s = []
    async for v in gen_awaiting_coroutine():
        s.append(v)
    return s


print(drive_numbers(total()))

# Driving __anext__() by hand: inner awaits surface from send().
g = fetcher(["x"])
a = g.__anext__()
print(a.send(None))
try:
    a.send("value-of-x")
except StopIteration as e:
    print("yielded", e.value)
b = g.__anext__()
print(b.send(None))
try:
    b.send(None)
except StopAsyncIteration:
    print("exhausted")
