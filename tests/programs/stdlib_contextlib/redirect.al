import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured")
    print(target is buf)
print(repr(buf.getvalue()))
print(sys.stdout is sys.__stdout__)

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

# Reentrant: the same manager nested.
a = io.StringIO()
r = redirect_stdout(a)
with r:
    print("one")
    with r:
        print("two")
    print("three")
print(repr(a.getvalue()))

outer = io.StringIO()
inner = io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("restored?")
except ValueError:
    pass
print("restored", sys.stdout is sys.__stdout__)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
with redirect_stdout(c):
    print("a", "b", sep="-")
print(c.parts)
with redirect_stdout(None):
    pass
print("done")
