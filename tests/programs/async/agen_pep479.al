# PEP 479 and PEP 525 in async generators: a StopIteration or
# StopAsyncIteration escaping the body becomes a RuntimeError whose cause
# is the original; in a coroutine, StopIteration says "coroutine".
def result(aw):
    try:
        return ("passed up", aw.send(None))
    except StopIteration as e:
        return ("result", e.value)
    except StopAsyncIteration:
        return ("end",)
    except RuntimeError as e:
        return ("RuntimeError", str(e), repr(e.__cause__), e.__context__ is e.__cause__)


async def raises_stop_iteration():
    yield 1
    raise StopIteration("inner")


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner async")


async def next_on_empty():
    yield next(iter([]))


g = raises_stop_iteration()
print(result(g.__anext__()), result(g.__anext__()), result(g.__anext__()))
h = raises_stop_async()
print(result(h.__anext__()), result(h.__anext__()), result(h.__anext__()))
print(result(next_on_empty().__anext__()))


async def coro():
    raise StopIteration("in coroutine")


print(result(coro()))


async def coro_ok():
    try:
        raise StopAsyncIteration("caught inside")
    except StopAsyncIteration as e:
        return repr(e)


print(result(coro_ok()))


def gen():
    yield 1
    raise StopIteration


try:
    list(gen())
except RuntimeError as e:
    print("generator:", e)

print(StopAsyncIteration.__mro__)
print(issubclass(StopAsyncIteration, Exception), issubclass(StopAsyncIteration, StopIteration))
e = StopAsyncIteration("x", 2)
print(repr(e), e.args, str(e))
try:
    raise StopAsyncIteration
except Exception as err:
    print("caught", type(err).__name__)
