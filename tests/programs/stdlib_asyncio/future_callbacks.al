# Done callbacks run in registration order through the loop; removal.
import asyncio


def cb(name):
    def inner(fut):
        print("cb", name, fut.result())
    return inner


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.add_done_callback(b)
    print("removed", f.remove_done_callback(b))
    f.set_result(1)
    print("set, callbacks not run yet")
    await asyncio.sleep(0)
    f.add_done_callback(cb("late"))
    print("added late")
    await asyncio.sleep(0)


asyncio.run(main())
