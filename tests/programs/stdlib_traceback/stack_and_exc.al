# traceback: extract_stack/print_stack (no frame objects: the native
# stack), format_exc/print_exc/format_exception/format_tb/extract_tb of
# caught exceptions, chained exceptions, limits, FrameSummary.
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


def f():
    traceback.print_stack(file=sys.stdout)
    return traceback.extract_stack()


s = f()
print(s[-1], repr(s[-1]), list(s[-1]), s[-1].line, s[-1].lineno, len(s))
print(traceback.format_list(s))
print(traceback.format_stack()[-1], end="")
print(traceback.extract_stack(limit=1))


def g(n):
    if n == 0:
        return {}["missing"]
    return g(n - 1) + 1


try:
    1 / 0
except Exception as e:
    print(traceback.format_exc())
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=0))
    traceback.print_exc(file=sys.stdout)
    print(traceback.extract_tb(e.__traceback__))
    print(traceback.format_tb(e.__traceback__))
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format()), te.exc_type, str(te))
try:
    g(5)
except KeyError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print("".join(traceback.format_exception(e, limit=2)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    fs = traceback.extract_tb(e.__traceback__)
    print([(x.name, x.lineno, x.line) for x in fs])
    print(fs[-1].colno, fs[-1].end_colno, fs[-1].end_lineno)
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(traceback.format_exc(), end="")
    print(traceback.format_exc(chain=False), end="")
try:
    try:
        [][1]
    except IndexError:
        None.x
except AttributeError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
print(repr(traceback.FrameSummary("f.py", 3, "g", line="  x  ")))
print(traceback.FrameSummary("f.py", 3, "g", line="  x  ") == ("f.py", 3, "g", "x"))
print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception(None))
e = KeyError("k")
e.add_note("a note")
print(traceback.format_exception_only(e))
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)]))
