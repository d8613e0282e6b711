# A built-in type's __dict__ lists its names in CPython's order (slots,
# then methods, members, getsets, then __doc__), not by name. `type`'s
# layout internals, bytearray.__alloc__ (the size of CPython's buffer) and
# the function attributes alc has no objects for are left out, and
# `__init__` (which StringIO lacks).
LEFT_OUT = {"__alloc__", "__basicsize__", "__itemsize__", "__flags__", "__weakrefoffset__",
          "__dictoffset__", "__text_signature__", "__closure__", "__code__",
          "__globals__", "__builtins__", "__init__"}


def names(t):
    return [n for n in t.__dict__ if n not in LEFT_OUT]


import array
import io
import struct
import weakref

for t in (object, type, int, bool, float, complex, str, list, tuple, dict,
          set, frozenset, range, slice, bytes, bytearray, memoryview):
    ns = names(t)
    print(t.__name__, len(ns), ns[:6], ns[-3:])

for t in (ValueError, OSError, BaseException, StopIteration, SyntaxError,
          UnicodeDecodeError, KeyError, ExceptionGroup, BaseExceptionGroup):
    print(t.__name__, names(t))

print(names(type(str.join)))
print(names(type(lambda: 0)))
print(names(type(int.real)))
print(names(type(None)), names(type(...)))
print(names(array.array)[:10])
print(names(struct.Struct)[:10])
print(names(weakref.ref))
print(names(io.StringIO)[:10])
print([(k, type(v).__name__) for k, v in list(vars(dict).items())[:3]])
for k, v in list(vars(list).items())[1:5]:
    print(k, v)
print(list(int.__dict__.keys()) == list(vars(int)))
