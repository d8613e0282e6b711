# Al-only (CPython accepts this): an asynchronous generator expression needs generator objects; it is "not supported yet" at its span, never miscompiled.
async def doubled(source):
    pairs = (item * 2 async for item in source)
    return pairs
