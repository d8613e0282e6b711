# An exception in __enter__ propagates without calling that manager's
# __exit__; managers already entered are exited with it.
class Flaky:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise OSError("cannot open " + self.name)
        return self

    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None, e)


try:
    with Flaky("broken", True):
        print("body")
except OSError as e:
    print("caught", e)

try:
    with Flaky("good", False), Flaky("bad", True):
        print("body")
except OSError as e:
    print("caught", e)

try:
    with Flaky("one", False):
        with Flaky("two", False):
            with Flaky("three", True):
                print("body")
except OSError as e:
    print("caught", e)


class BadEnter:
    __enter__ = 42

    def __exit__(self, *a):
        print("not called")


try:
    with BadEnter():
        pass
except TypeError as e:
    print("TypeError:", e)


def make_manager(n):
    if n < 0:
        raise ValueError("negative")
    return Flaky("made%d" % n, False)


for n in [1, -1]:
    try:
        with make_manager(n) as m:
            print("using", m.name)
    except ValueError as e:
        print("expression failed:", e)
