# async for and async with together: a connection pool handing out
# connections from an async generator, used under async with, with errors
# crossing both.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Conn:
    def __init__(self, n):
        self.n = n
        self.open = False

    async def __aenter__(self):
        await Tick()
        self.open = True
        print("open", self.n)
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        self.open = False
        print("close", self.n, typ.__name__ if typ else "ok")
        return typ is KeyError

    async def query(self, q):
        await Tick()
        if q == "missing":
            raise KeyError(q)
        if q == "crash":
            raise RuntimeError(q)
        return "%s@%d" % (q, self.n)


async def pool(n):
    for i in range(n):
        yield Conn(i)


async def main(queries):
    results = []
    async for conn in pool(len(queries)):
        async with conn as c:
            r = await c.query(queries[c.n])
            results.append(r)
    return results


print(run(main(["a", "missing", "b"])))
try:
    run(main(["x", "crash", "y"]))
except RuntimeError as e:
    print("crashed with", e)


async def early_exit():
    async with Conn(99) as c:
        async for conn in pool(5):
            if conn.n == 2:
                return "left at %d with %d open=%s" % (conn.n, c.n, c.open)


print(run(early_exit()))
