"""The event loop: a FIFO of ready callbacks and a heap of timed ones,
run one batch per iteration as CPython's loop runs them (callbacks made
ready during a batch wait for the next); with no I/O to wait for, an
iteration sleeps until the earliest timer."""

import collections
import heapq
import sys
import time
import _frames

from . import events
from . import exceptions
from . import futures
from . import tasks
from . import coroutines
from . import format_helpers

__all__ = ("BaseEventLoop",)

# Timers are run when they are due within the clock's resolution.
_CLOCK_RESOLUTION = 1e-09
# More cancelled timers than this (and half the heap) are purged at once.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() is ending on it already.
            return
    futures._get_loop(fut).stop()


def _log_error(message, exc_info):
    # An error on the 'asyncio' logger. When the program has not imported
    # logging, nothing can have configured it: what its last-resort
    # handler would print is printed without compiling logging in.
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger("asyncio").error(message, exc_info=exc_info)
        return
    if exc_info is True:
        exc_info = sys.exc_info()
    text = message
    if exc_info and exc_info[1] is not None:
        text += "\n" + _frames.format_exception(exc_info[1]).rstrip("\n")
    sys.stderr.write(text + "\n")


class BaseEventLoop(events.AbstractEventLoop):
    """An event loop without I/O: callbacks, timers, tasks."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._running = False
        self._exception_handler = None
        self._debug = False
        self._task_factory = None

    def __repr__(self):
        return (f"<{self.__class__.__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    def create_future(self):
        """A Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedules the coroutine as a Task; returns the Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")

    def run_forever(self):
        """Runs callbacks until `stop` is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Runs until the future (or coroutine, as a Task) is done;
        returns its result or raises its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception is raised here: it is retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Stops the loop after the callbacks of this iteration."""
        self._stopping = True

    def close(self):
        """Closes the loop: pending callbacks are dropped."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        """The loop's clock: `time.monotonic()`."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Calls callback(*args) after `delay` seconds."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Calls callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Calls callback(*args) in the next iteration, in FIFO order."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_soon")
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f"a callable object was expected by {method}(), got {callback!r}")

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        # One iteration: drop cancelled timers, wait for the earliest timer
        # (not at all when callbacks are ready), move the due timers to the
        # ready queue, run what is ready now.
        n = len(self._scheduled)
        if (n > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / n > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), 86400)
        if timeout is None:
            # Nothing can ever happen: CPython waits forever on its selector.
            while True:
                time.sleep(86400)
        if timeout > 0:
            time.sleep(timeout)

        end_time = self.time() + _CLOCK_RESOLUTION
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    async def shutdown_asyncgens(self):
        """Async generators are not tracked by alc's loop: nothing to close."""
        return

    async def shutdown_default_executor(self):
        """alc's loop has no executor (no threads): nothing to shut down."""
        return

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) replaces the default exception handler."""
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, "
                            f"got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Logs the context on the 'asyncio' logger."""
        message = context.get("message")
        if not message:
            message = "Unhandled exception in event loop"
        exception = context.get("exception")
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        lines = [message]
        for key in sorted(context):
            if key in {"message", "exception"}:
                continue
            lines.append(f"{key}: {context[key]!r}")
        _log_error("\n".join(lines), exc_info)

    def call_exception_handler(self, context):
        """Passes the context to the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _log_error("Exception in default exception handler", True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    _log_error("Exception in default exception handler "
                               "while handling an unexpected error "
                               "in custom exception handler", True)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The event loop `new_event_loop` makes."""


_UnixSelectorEventLoop.__module__ = "asyncio.unix_events"
SelectorEventLoop = _UnixSelectorEventLoop
