"""Handles of scheduled callbacks, and which event loop is current: the
running loop, and the loop `get_event_loop` gives outside one."""

from . import format_helpers

__all__ = ("AbstractEventLoop", "Handle", "TimerHandle",
           "get_event_loop", "set_event_loop", "new_event_loop",
           "get_running_loop", "_get_running_loop")


class Handle:
    """A callback the loop will call (`call_soon` returns one)."""

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<{}>".format(" ".join(self._repr_info()))

    def cancel(self):
        """Keeps the callback from being called."""
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_helpers._format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                "message": f"Exception in callback {cb}",
                "exception": exc,
                "handle": self,
            })
        self = None


class TimerHandle(Handle):
    """A callback the loop will call at a time (`call_later`, `call_at`)."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f"when={self._when}")
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The loop time the callback is scheduled for."""
        return self._when


class AbstractEventLoop:
    """The interface of event loops."""


# The loop running now (None outside `run_forever`).
_running_loop = None
# The loop `get_event_loop` gives outside a running one, and whether
# `set_event_loop` was ever called (then no loop is made on demand).
_current_loop = None
_set_called = False


def _get_running_loop():
    """The running loop or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError outside one."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """The running loop, else the current one (made on first use unless
    `set_event_loop` was called)."""
    loop = _running_loop
    if loop is not None:
        return loop
    return _get_event_loop()


def _get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None and not _set_called:
        set_event_loop(new_event_loop())
    if _current_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _current_loop


def set_event_loop(loop):
    """Makes `loop` the current loop (None: no current loop)."""
    global _current_loop, _set_called
    _set_called = True
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                        f"not '{type(loop).__name__}'")
    _current_loop = loop


def new_event_loop():
    """A new event loop."""
    from . import base_events
    return base_events._UnixSelectorEventLoop()
