# with statements inside except and finally clauses: the handled exception
# stays visible to bare `raise` and as __context__.
class Log:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None)


def handle(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        with Log("in except") as lg:
            print("handling", e, "in", lg.name)
            return -1
    finally:
        with Log("in finally"):
            print("finally for", x)


print(handle(2))
print(handle(0))


def reraise_inside_with():
    try:
        raise KeyError("original")
    except KeyError:
        with Log("reraise"):
            raise


try:
    reraise_inside_with()
except KeyError as e:
    print("re-raised", e)


def new_error_inside_with():
    try:
        [].pop()
    except IndexError:
        with Log("new error"):
            raise ValueError("while handling")


try:
    new_error_inside_with()
except ValueError as e:
    print(e, "context:", type(e.__context__).__name__, e.__context__)


def suppress_in_except():
    class Swallow:
        def __enter__(self):
            return self

        def __exit__(self, t, e, tb):
            print("swallowing", t.__name__ if t else None)
            return True

    try:
        raise OSError("outer")
    except OSError as outer:
        with Swallow():
            raise TypeError("inner")
        print("still handling", outer)
        try:
            raise
        except OSError as again:
            print("bare raise still sees", again)


suppress_in_except()

for i in range(3):
    try:
        if i == 1:
            raise RuntimeError("iteration %d" % i)
        print("ok", i)
    except RuntimeError as e:
        with Log("loop handler"):
            print("handled", e)
            continue
    finally:
        print("finally", i)
