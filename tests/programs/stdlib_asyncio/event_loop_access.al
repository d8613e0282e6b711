# get_running_loop, get_event_loop, current_task, all_tasks.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
# (A loop made on demand by get_event_loop is left out: CPython makes it
# only in the main thread, and the test oracle runs programs in another.)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop is asyncio.get_event_loop())


async def child():
    await asyncio.sleep(0.01)


async def main():
    running = asyncio.get_running_loop()
    print(running is asyncio.get_event_loop())
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    t = asyncio.create_task(child())
    print(len(asyncio.all_tasks()))
    await t
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())
    return running


r = loop.run_until_complete(main())
print(r is loop)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.current_task(loop))
loop.close()
asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    # The message names the thread (the oracle runs programs in another).
    print("RuntimeError:", str(e).startswith("There is no current event loop in thread"))
