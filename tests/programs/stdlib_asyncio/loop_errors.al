# Loop misuse: call_soon with a coroutine function, non-callable, None delay.
import asyncio


async def coro():
    pass


loop = asyncio.new_event_loop()
loop.set_debug(True)
for bad in (coro, 5):
    try:
        loop.call_soon(bad)
    except TypeError as e:
        print("TypeError:", e)
loop.set_debug(False)
print(loop.get_debug())
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print("TypeError:", e)


async def inner():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)


loop.run_until_complete(inner())
print(repr(loop).startswith("<_UnixSelectorEventLoop running=False closed=False"))
loop.close()
print(repr(loop))
