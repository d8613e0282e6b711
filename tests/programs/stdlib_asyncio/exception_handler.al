# Exceptions in callbacks go to the loop's exception handler.
import asyncio


def bad_callback(x):
    raise RuntimeError(f"callback failed {x}")


def handler(loop, context):
    message = context["message"]
    # The message names the callback's file: keep the output path-free.
    print("handler:", message.split(" at ")[0], message.endswith(":5"))
    print("exception:", repr(context.get("exception")))
    print("has handle:", "handle" in context)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
