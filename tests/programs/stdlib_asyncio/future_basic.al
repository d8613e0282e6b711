# Future: set_result, set_exception, callbacks, InvalidStateError, reprs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.add_done_callback(lambda fut: print("callback sees", fut.result()))
    loop.call_soon(f.set_result, 7)
    print(await f)
    print(f)
    try:
        f.set_result(8)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(g)
    try:
        await g
    except ValueError as e:
        print("ValueError", e)
    h = loop.create_future()
    print(h.cancel(), h.cancelled(), h)
    try:
        h.set_exception(StopIteration)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    k = loop.create_future()
    try:
        k.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    k.set_exception(KeyError)
    print(repr(k.exception()))
    print(asyncio.isfuture(k), asyncio.isfuture(5), f.get_loop() is loop)


asyncio.run(main())
