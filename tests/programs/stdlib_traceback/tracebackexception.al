# TracebackException, print_exception forms, format_tb limits, a raise
# inside nested calls and methods, exceptions with notes and causes.
import os
import sys

_DIR = os.path.dirname(__file__)


class _Clean:
    # Paths printed without the checkout's directory.
    def write(self, s):
        sys.__stdout__.write(s.replace(_DIR, "<dir>"))

    def flush(self):
        pass


sys.stdout = _Clean()
import sys
import traceback


class Box:
    def open(self, n):
        return self.inner(n)

    def inner(self, n):
        return [1, 2][n]


def chain():
    try:
        Box().open(5)
    except IndexError as e:
        raise LookupError("lookup failed") from e


try:
    chain()
except LookupError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)
    print(te.__cause__.exc_type.__name__, te.__cause__.stack[-1].name)
    out = list(te.format())
    print(len(out), out[-1], end="")
    print("".join(te.format_exception_only()), end="")
    print(len(traceback.format_tb(e.__traceback__)), len(traceback.format_tb(e.__cause__.__traceback__, limit=1)))
    for t in traceback.format_tb(e.__cause__.__traceback__, limit=-2):
        print(t, end="")
    traceback.print_exception(e, limit=1, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, chain=False, file=sys.stdout)
    print(traceback.format_exception(type(e), e, None))
try:
    raise TypeError("plain")
except TypeError as e:
    e.add_note("note one")
    e.add_note("note two")
    print("".join(traceback.format_exception_only(e)), end="")
    print("".join(traceback.format_exception(e))[-40:], end="")
print(traceback.format_exc(), end="")
