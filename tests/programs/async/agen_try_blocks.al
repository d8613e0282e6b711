# yield and await inside try/except/finally of an async generator: the
# exception being handled survives the suspension, finally runs once, and
# an exception thrown in lands in the right handler.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def guarded(items):
    for x in items:
        try:
            if x == "bad":
                raise ValueError(x)
            yield x
        except ValueError as e:
            await Tick()
            yield "handling " + repr(e)
            try:
                raise
            except ValueError as again:
                yield "re-raised " + str(again)
        finally:
            await Tick()
            print("finally for", x)


async def main():
    out = []
    async for v in guarded(["a", "bad", "c"]):
        out.append(v)
    return out


print(run(main()))


async def context_chain():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in except"
        try:
            raise IndexError("second")
        except IndexError as e:
            yield repr(e.__context__)


async def collect(g):
    return [v async for v in g]


print(run(collect(context_chain())))


async def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
            yield 2
    finally:
        print("outer finally")


print(run(collect(nested_finally())))
