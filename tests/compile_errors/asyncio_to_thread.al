# asyncio.to_thread needs threads, which alc does not have.
import asyncio


async def main():
    await asyncio.to_thread(print, "x")
