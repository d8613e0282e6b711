# async with inside except and finally clauses: the exception being handled
# stays handled across the awaits, so it becomes the __context__ of errors
# raised there and a bare raise after the block re-raises it.
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
    async def __aenter__(self):
        await Tick()
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("aexit with", typ.__name__ if typ else None)


async def in_except():
    try:
        raise KeyError("outer")
    except KeyError:
        async with CM():
            await Tick()
            try:
                raise ValueError("inner")
            except ValueError as e:
                print("inner context:", repr(e.__context__))
        try:
            raise


        except KeyError as again:
            print("re-raised", repr(again))
    return "done"


print(run(in_except()))


async def in_finally():
    try:
        try:
            raise OSError("first")
        finally:
            async with CM():
                print("in finally's async with")
    except OSError as e:
        print("propagated", repr(e))


run(in_finally())


async def raise_in_body_of_handler():
    try:
        try:
            raise NameError("n")
        except NameError:
            async with CM():
                raise AttributeError("a")
    except AttributeError as e:
        print(repr(e), "context", repr(e.__context__))


run(raise_in_body_of_handler())
