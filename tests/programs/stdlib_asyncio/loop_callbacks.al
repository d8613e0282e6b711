# The loop's call_soon/call_later/call_at ordering, Handle.cancel, stop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
order = []
# Times from one reading of the clock: the order must not depend on how
# long the statements between take.
t0 = loop.time()
loop.call_at(t0 + 0.02, order.append, "at +0.02")
loop.call_at(t0 + 0.01, order.append, "at +0.01")
loop.call_soon(order.append, "soon 1")
h = loop.call_soon(order.append, "cancelled")
loop.call_soon(order.append, "soon 2")
t = loop.call_at(t0 + 0.005, order.append, "at +0.005")
h.cancel()
print(h.cancelled(), t.cancelled(), type(t).__name__, t.when() > 0)
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order)
print(loop.is_running(), loop.is_closed())


def nested():
    order.append("nested")
    loop.call_soon(order.append, "scheduled by nested")


async def main():
    loop.call_soon(nested)
    await asyncio.sleep(0)
    order.append("main after sleep 0")
    await asyncio.sleep(0)
    order.append("main after second sleep 0")
    return "main result"


order.clear()
print(loop.run_until_complete(main()))
print(order)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
c = main()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
