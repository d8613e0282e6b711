# An exception leaving the body reaches __exit__ with its type and value,
# then continues outwards as the same object.
class Watch:
    def __init__(self, name):
        self.name = name
        self.seen = None

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.seen = exc
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, exc, isinstance(exc, exc_type))
        return None


def divide(a, b):
    with Watch("divide") as w:
        return a / b


print(divide(6, 3))
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("caught", e)

err = ValueError("bad value")
w = Watch("identity")
try:
    with w:
        raise err
except ValueError as caught:
    print("same object:", caught is err, w.seen is err)


class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


try:
    with Watch("outer"):
        with Watch("inner"):
            raise AppError(42)
except AppError as e:
    print("app error", e.code, e)

# Errors raised by operations (not raise statements) pass through too.
for thing in ([1, 2], {"a": 1}, "text"):
    try:
        with Watch("lookup"):
            print(thing[5])
    except (IndexError, KeyError) as e:
        print("lookup failed:", type(e).__name__, e)

try:
    with Watch("attr"):
        None.missing
except AttributeError as e:
    print("attribute:", e)
