# With logging configured, asyncio's errors go through the 'asyncio' logger.
import asyncio
import logging
import sys  # the log goes to stderr: CPython logs when the task is freed, alc later

logging.basicConfig(stream=sys.stderr, format="%(levelname)s:%(name)s:%(message)s")


async def boom():
    raise ValueError("lost")


async def main():
    asyncio.get_running_loop().call_exception_handler({"message": "custom message", "n": 1})
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done())


asyncio.run(main())
print("end")
