# Several managers in one async with: entered left to right, exited right to
# left; a failing __aenter__ exits only the managers entered before it.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


async def three():
    async with CM("a") as a, CM("b") as b, CM("c") as c:
        print("body", a, b, c)
    return "three done"


print(run(three()))


async def failing_second():
    try:
        async with CM("a") as a, CM("b", fail_enter=True) as b, CM("c"):
            print("never", a, b)
    except RuntimeError as e:
        print("caught", e)


run(failing_second())


async def inner_suppresses():
    async with CM("outer") as o, CM("inner", suppress=True) as i:
        print("raising in", o, i)
        raise ValueError("x")
    print("continued")


run(inner_suppresses())


async def parenthesised():
    async with (
        CM("p1") as p1,
        CM("p2") as p2,
    ):
        print(p1, p2)


run(parenthesised())


async def mixed_sync_and_async():
    class SyncCM:
        def __enter__(self):
            print("sync enter")
            return "S"

        def __exit__(self, *a):
            print("sync exit", a[0])

    with SyncCM() as s:
        async with CM("in sync") as x:
            print(s, x)
    async with CM("out async") as y:
        with SyncCM() as s2:
            await Tick()
            print(y, s2)


run(mixed_sync_and_async())
