# asyncio streams are not provided (no I/O).
from asyncio import open_connection
