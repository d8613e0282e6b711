# async with and exceptions: __aexit__ gets (type, value, traceback), a true
# result suppresses, a false one lets the same exception continue, and an
# exception raised inside __aexit__ has the original one as __context__.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


class CM:
    def __init__(self, result):
        self.result = result

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("aexit", typ.__name__ if typ else None, repr(val))
        return self.result


async def suppressing():
    async with CM(True):
        raise KeyError("k")
    print("suppressed, went on")
    async with CM(1):
        raise ValueError("truthy int")
    async with CM("yes"):
        1 / 0
    return "ok"


print(run(suppressing()))


async def not_suppressing():
    try:
        async with CM(None):
            raise IndexError("ix")
    except IndexError as e:
        print("caught", repr(e))
    try:
        async with CM(0):
            raise TypeError("t")
    except TypeError as e:
        print("caught", repr(e))
    try:
        async with CM(""):
            [][1]
    except IndexError as e:
        print("caught", e)
    return "ok2"


print(run(not_suppressing()))


class Raiser:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        raise RuntimeError("from aexit")


async def raising_exit():
    try:
        async with Raiser():
            raise ValueError("original")
    except RuntimeError as e:
        print("got", repr(e), "context", repr(e.__context__))
    try:
        async with Raiser():
            pass
    except RuntimeError as e:
        print("got", repr(e), "context", repr(e.__context__))


print(run(raising_exit()))


class Reraiser:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("in aexit, re-raising", repr(val))
        raise


async def bare_raise():
    try:
        async with Reraiser():
            raise LookupError("again")
    except LookupError as e:
        print("outer caught", repr(e), e.__context__)


print(run(bare_raise()))


class Checker:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        try:
            raise OSError("inner")
        except OSError as e:
            print("inner context", repr(e.__context__))
        return True


async def handled_context():
    async with Checker():
        raise ZeroDivisionError("zd")
    return "after checker"


print(run(handled_context()))
