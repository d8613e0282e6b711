"""_thread: the part of CPython's low-level threading module that a
program with one thread uses: `RLock` (which `functools` exports, as
CPython's does), `get_ident` and `error`. Al has no threads yet, so a lock
is only ever taken by the one thread and acquiring never waits."""

from _os import get_ident

error = RuntimeError


class RLock:
    """A re-entrant lock: the thread holding it may acquire it again, and
    must release it as many times."""

    __slots__ = ("_al_owner", "_al_count")

    def __init__(self):
        self._al_owner = 0
        self._al_count = 0

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be positive")
        self._al_owner = get_ident()
        self._al_count += 1
        return True

    def release(self):
        if self._al_count == 0 or self._al_owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._al_count -= 1
        if self._al_count == 0:
            self._al_owner = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._al_count > 0 and self._al_owner == get_ident()

    def _recursion_count(self):
        return self._al_count if self._is_owned() else 0

    def __repr__(self):
        state = "locked" if self._al_count else "unlocked"
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            state, self._al_owner, self._al_count, hex(id(self)))
