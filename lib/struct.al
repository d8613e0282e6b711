"""Functions to convert between Python values and C structs.

The native module `_struct` does the work: format strings with the byte
order, size and alignment prefixes `@ = < > !`, every format character,
`Struct` objects and `struct.error`, with CPython 3.11's results and
messages. This module re-exports it, as CPython's `struct` does.
"""

__all__ = [
    "calcsize",
    "pack",
    "pack_into",
    "unpack",
    "unpack_from",
    "iter_unpack",
    "Struct",
    "error",
]

from _struct import *
from _struct import _clearcache
