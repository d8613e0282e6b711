# What async with raises for objects that are not asynchronous context
# managers, and for __aenter__/__aexit__ results that cannot be awaited.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def try_with(mgr):
    try:
        async with mgr as v:
            print("entered", v)
    except TypeError as e:
        print("TypeError:", e)


class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class BadEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        print("not reached")


class BadExit:
    async def __aenter__(self):
        return "in"

    def __aexit__(self, *a):
        return [1]


class InstanceOnly:
    pass


inst = InstanceOnly()
inst.__aenter__ = lambda: None
inst.__aexit__ = lambda *a: None


class AwaitReturnsJunk:
    def __await__(self):
        return 42


class JunkEnter:
    def __aenter__(self):
        return AwaitReturnsJunk()

    async def __aexit__(self, *a):
        pass


async def main():
    await try_with(1)
    await try_with("text")
    await try_with(None)
    await try_with(OnlyEnter())
    await try_with(SyncOnly())
    await try_with(BadEnter())
    await try_with(BadExit())
    await try_with(inst)
    await try_with(JunkEnter())


run(main())


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


try:
    with AsyncOnly():
        pass
except TypeError as e:
    print("TypeError:", e)
