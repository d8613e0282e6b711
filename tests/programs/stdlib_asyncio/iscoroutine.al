# iscoroutine / iscoroutinefunction.
import asyncio
import functools


async def af():
    pass


def f():
    pass


async def agen():
    yield 1


class C:
    async def m(self):
        pass

    def n(self):
        pass


c = af()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(af), asyncio.iscoroutine(5))
print(asyncio.iscoroutine(x for x in []))
c.close()
print(asyncio.iscoroutinefunction(af), asyncio.iscoroutinefunction(f))
print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(C().m),
      asyncio.iscoroutinefunction(C.m), asyncio.iscoroutinefunction(C().n))
print(asyncio.iscoroutinefunction(functools.partial(af)),
      asyncio.iscoroutinefunction(lambda: 0), asyncio.iscoroutinefunction(len))
