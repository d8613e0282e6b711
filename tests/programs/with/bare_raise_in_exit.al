# While __exit__ runs for an exception, that exception is being handled: a
# bare `raise` inside __exit__ re-raises it.
class Reraiser:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        print("exit sees", t.__name__ if t else None)
        if t is not None:
            raise
        return False


original = ValueError("the original")
try:
    with Reraiser():
        raise original
except ValueError as e:
    print("caught same object:", e is original, e)

try:
    with Reraiser():
        print("clean body")
    print("clean exit")
except RuntimeError as e:
    print("unexpected", e)


class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        try:
            raise
        except BaseException as current:
            print("current exception is the body's:", current is e)
        return True


with Inspect():
    raise KeyError("inspected")
print("suppressed")


def helper():
    raise


class CallsHelper:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        try:
            helper()
        except IndexError as again:
            print("helper re-raised", repr(again), again is e)
        return True


with CallsHelper():
    [][0]
print("done")
