# An exception raised inside __exit__ replaces the body's exception, with
# the body's exception as its __context__.
class Failing:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None)
        raise RuntimeError("exit of " + self.name + " failed")


try:
    with Failing("clean"):
        print("body ok")
except RuntimeError as e:
    print("caught", e, "context:", e.__context__)

try:
    with Failing("dirty"):
        raise ValueError("body failed")
except RuntimeError as e:
    ctx = e.__context__
    print("caught", e)
    print("context:", type(ctx).__name__, ctx)
    print("cause:", e.__cause__)


class Translating:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        if t is KeyError:
            raise LookupError("translated") from e
        return False


try:
    with Translating():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__), "context:", repr(e.__context__))

try:
    with Failing("outer"):
        with Failing("inner"):
            raise IndexError("first")
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__ + ": " + str(e))
        e = e.__context__
    print(" <- ".join(chain))


class Handled:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        try:
            raise TypeError("inside exit")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
        return True


with Handled():
    raise ValueError("outer")
print("suppressed after an inner handler")
