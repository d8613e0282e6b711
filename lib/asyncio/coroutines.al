"""Telling coroutines and coroutine functions apart from other objects."""

import collections.abc
import functools
import types
import _coroutines

__all__ = ("iscoroutinefunction", "iscoroutine")

# Marks a function that returns a coroutine without being an `async def`.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (also through a bound method or
    functools.partial) or one marked with `_is_coroutine`."""
    f = func
    while True:
        if type(f) is types.MethodType:
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    if _coroutines.iscoroutinefunction(f):
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutine(obj):
    """True for a coroutine object (or a generator, as in 3.11)."""
    return isinstance(obj, _COROUTINE_TYPES)
