# functools.RLock is _thread.RLock: a re-entrant lock (one thread here, so
# it never waits), with CPython's messages.
import functools
import _thread

r = functools.RLock()
print(functools.RLock is _thread.RLock, type(r).__name__, type(r).__module__)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        r.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
print(r.acquire(), r.acquire(blocking=False), r._recursion_count(), r._is_owned())
print(repr(r).startswith("<locked _thread.RLock object owner="), "count=2" in repr(r))
with r:
    print(r._recursion_count())
r.release()
r.release()
print(r._recursion_count(), r._is_owned())
print(_thread.get_ident() == _thread.get_ident(), _thread.get_ident() != 0, _thread.error)


class Counter:
    def __init__(self):
        self.lock = functools.RLock()
        self.n = 0

    def add(self, k):
        with self.lock:
            self.n += k
            if k > 1:
                self.add(k - 1)


c = Counter()
c.add(4)
print(c.n, c.lock._is_owned())
