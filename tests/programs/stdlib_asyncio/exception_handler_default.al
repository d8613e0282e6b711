# The default exception handler logs on the 'asyncio' logger (stderr).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "with exception", "exception": KeyError(1)})
    loop.call_exception_handler({"message": "just a message", "extra": [1, 2]})
    print("still running")


asyncio.run(main())
print("end")
