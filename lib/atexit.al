"""Functions to run when the program ends, as CPython's `atexit` module:
`register` (with arguments), `unregister`, run last-registered first at a
normal end, after `sys.exit` and after an uncaught exception's report. An
exception a function raises is reported as CPython's unraisable hook
reports it, and the next function runs.

alc runs the whole list through `_weakref._atexit`, the hook rt calls at
the program's end (`weakref.finalize` uses it too; its functions run in
the order the two modules first registered one)."""

import sys
import _weakref

_callbacks = []
_hooked = False


def register(func, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; returns
    func, so it can be used as a decorator."""
    global _hooked
    if not callable(func):
        raise TypeError("the first argument must be callable")
    if not _hooked:
        _weakref._atexit(_run_exitfuncs)
        _hooked = True
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    # What is registered while they run is not run, as in CPython.
    callbacks = _callbacks[:]
    del _callbacks[:]
    for func, args, kwargs in reversed(callbacks):
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            sys.stdout.flush()
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            traceback.print_exception(type(e), e, e.__traceback__.tb_next)
    return None
