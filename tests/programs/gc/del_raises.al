# An exception raised by __del__ cannot propagate: it is reported on
# stderr ("Exception ignored in: <function C.__del__ at 0x...>", its
# traceback) and the program goes on. At exit __del__ runs for the
# objects still alive, after the exit status is decided (one that raises
# there is left out: CPython's report at shutdown has no source lines).
import gc


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    return f()


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        raise ValueError(self.name)


def drop():
    C("dropped")


deep(drop)
gc.collect()
print("after collect")
class Quiet:
    def __del__(self):
        print("__del__ at exit")


kept = Quiet()
raise SystemExit(3)
