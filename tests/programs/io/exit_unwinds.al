# raise SystemExit(5) deep in a call stack: finally blocks and __exit__
# methods run on the way out, `except Exception` does not catch it, and the
# program ends with status 5 and nothing on stderr.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev.code if ev else None)
        return False


def level3():
    try:
        raise SystemExit(5)
    except Exception:
        print("not caught by except Exception")
    finally:
        print("finally in level3")


def level2():
    with Resource("inner"):
        level3()


def level1():
    with Resource("outer"):
        try:
            level2()
        finally:
            print("finally in level1")


try:
    level1()
except BaseException as e:
    print("caught", type(e).__name__, e.code, e.args, repr(e))
    print(isinstance(e, Exception), isinstance(e, BaseException))
print("now for real")
level1()
print("not reached")
