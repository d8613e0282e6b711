# os.get_terminal_size on a non-terminal, os.terminal_size and os.PathLike.
import os

try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e)
try:
    os.get_terminal_size(999)
except OSError as e:
    print(type(e).__name__, e)
t = os.terminal_size((100, 40))
print(t, t.columns, t.lines, t[0], len(t), tuple(t))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(isinstance(P("x"), os.PathLike), issubclass(P, os.PathLike))
print(isinstance("x", os.PathLike), issubclass(bytes, os.PathLike))
print(os.fspath(P("abc")), os.fspath(P(b"abc")), os.PathLike.__name__, os.PathLike)
print(type(os.getuid()) is int, os.getuid() == os.geteuid() or True)
print(type(os.getgid()) is int, type(os.getegid()) is int)
print(os.devnull, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep)
