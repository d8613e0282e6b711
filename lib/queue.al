"""Queues, as CPython's `queue` module offers them: `Queue` (first in,
first out), `LifoQueue`, `PriorityQueue`, `SimpleQueue`, and the
exceptions `Empty` and `Full`, with `put`/`get` and their block and
timeout rules, `task_done`/`join`, `qsize`, `empty`, `full`.

Al has one thread, so nothing can change a queue while a call waits: a
call that would block with a timeout sleeps that long and then raises
`Empty` or `Full`, and one that would block without a timeout (or
`join` with unfinished tasks) waits forever, as CPython's does when no
other thread can help."""

import time
import types
from collections import deque
from heapq import heappop, heappush

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) and get(timeout=...) on an empty queue."""
    pass


class Full(Exception):
    """Raised by put(block=False) and put(timeout=...) on a full queue."""
    pass


def _wait_forever():
    while True:
        time.sleep(3600)


def _wait(block, timeout, exc):
    if not block:
        raise exc
    if timeout is None:
        _wait_forever()
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    time.sleep(timeout)
    raise exc


class Queue:
    """A first-in, first-out queue of at most maxsize items (unbounded
    when maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item got from the queue as processed."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put has been marked done."""
        if self.unfinished_tasks:
            _wait_forever()

    def qsize(self):
        """The number of items in the queue."""
        return self._qsize()

    def empty(self):
        """True if the queue holds no item."""
        return not self._qsize()

    def full(self):
        """True if the queue holds maxsize items."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue (Full if it stays full)."""
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _wait(block, timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item (Empty if none comes)."""
        if not self._qsize():
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _wait(block, timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)"""
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A queue that returns its smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns its newest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    # CPython's is the C module's type.
    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue (never blocks)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item (Empty if none comes)."""
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._queue:
            _wait(block, timeout, Empty)
        return self._queue.popleft()

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)"""
        return self.get(False)

    def empty(self):
        """True if the queue holds no item."""
        return len(self._queue) == 0

    def qsize(self):
        """The number of items in the queue."""
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)
