from contextlib import (asynccontextmanager, AsyncExitStack, aclosing,
                        nullcontext, AsyncContextDecorator)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


@asynccontextmanager
async def res(name):
    print("open", name)
    try:
        yield name
    except ValueError as e:
        print("handled", e)
    finally:
        print("close", name)


async def main():
    async with res("a") as a:
        print("body", a)
    async with res("b"):
        raise ValueError("suppressed")
    try:
        async with res("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    async with nullcontext(5) as v:
        print("null", v)
    return "done"


print(run(main()))


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield
    yield


async def errors():
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print(repr(e))
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print(repr(e))


run(errors())


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")


async def use_aclosing():
    async with aclosing(agen()) as g:
        async for x in g:
            print(x)
            break
    print("after aclosing")


run(use_aclosing())


async def acb(*args):
    print("async callback", args)


def scb(*args):
    print("sync callback", args)


class ACM:
    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        print("aenter", self.n)
        return self.n

    async def __aexit__(self, *exc):
        print("aexit", self.n, exc[0])
        return False


async def stacks():
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM(1)))
        stack.enter_context(nullcontext())
        stack.push_async_callback(acb, 1, 2)
        stack.callback(scb, 3)
        print(stack.push_async_exit(ACM(2)).n)

        async def suppress(*exc):
            print("suppress?", exc[0])
            return True
        stack.push_async_exit(suppress)
        raise ValueError("body")
    print("stack exited")
    s = AsyncExitStack()
    s.push_async_callback(acb, "aclose")
    await s.aclose()
    try:
        await AsyncExitStack().enter_async_context(nullcontext.__new__(ACM))
    except Exception as e:
        print(type(e).__name__)
    try:
        await AsyncExitStack().enter_async_context(5)
    except TypeError as e:
        print(e)


run(stacks())


@res("deco")
async def decorated(x):
    print("decorated body", x)
    return x * 2


print(run(decorated(21)))
print(run(decorated(1)))


class adeco(AsyncContextDecorator):
    async def __aenter__(self):
        print("adeco enter")

    async def __aexit__(self, *exc):
        print("adeco exit")


@adeco()
async def h():
    return "h"


print(run(h()))
