# What async for raises: objects without __aiter__ or __anext__, awaitables
# that are not, and errors raised by __anext__ itself; a subclass of
# StopAsyncIteration also ends the loop, StopIteration does not.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def loop(obj):
    try:
        async for x in obj:
            print("item", x)
        else:
            print("loop ended")
    except Exception as e:
        print(type(e).__name__ + ":", e)


class NoAnext:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class SyncIterOnly:
    def __iter__(self):
        return iter([1])


class Fails:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("anext failed")


class MyStop(StopAsyncIteration):
    pass


class SubclassStop:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise MyStop("custom")


class WrongStop:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopIteration


class AiterOnInstance:
    pass


inst = AiterOnInstance()
inst.__aiter__ = lambda: inst


async def main():
    await loop(1)
    await loop([1, 2])
    await loop(NoAnext())
    await loop(BadAnext())
    await loop(SyncIterOnly())
    await loop(Fails())
    await loop(SubclassStop())
    await loop(WrongStop())
    await loop(inst)


run(main())
