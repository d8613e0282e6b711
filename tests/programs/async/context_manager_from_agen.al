# A hand-written asynccontextmanager: an async generator yields once; the
# manager drives it with anext() and athrow(), as contextlib does.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class AsyncGenCM:
    def __init__(self, gen):
        self.gen = gen

    async def __aenter__(self):
        try:
            v = await anext(self.gen)
            return v
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, val, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(typ, val, tb)
        except StopAsyncIteration as exc:
            return exc is not val
        except BaseException as exc:
            if exc is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    def helper(*args, **kwds):
        return AsyncGenCM(func(*args, **kwds))

    return helper


@asynccontextmanager
async def opened(name, log):
    log.append("open " + name)
    await Tick()
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        await Tick()
        log.append("close " + name)


async def main():
    log = []
    async with opened("a", log) as a:
        log.append("using " + a)
    async with opened("b", log) as b:
        raise KeyError(b)
    try:
        async with opened("c", log) as c:
            raise ValueError(c)
    except ValueError as e:
        log.append("propagated " + repr(e))
    return log


for line in run(main()):
    print(line)


@asynccontextmanager
async def never_yields():
    if False:
        yield


async def broken():
    try:
        async with never_yields():
            pass
    except RuntimeError as e:
        return str(e)


print(run(broken()))
