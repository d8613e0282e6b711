# An error raised by an operation inside __exit__ (not a raise statement)
# also gets the exception being handled as its __context__.
class Lookup:
    def __init__(self, table, key):
        self.table = table
        self.key = key

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        print("exit for", t.__name__ if t else None)
        return self.table[self.key]


for table, key in [({"k": True}, "k"), ({}, "k"), ([1], 3)]:
    try:
        with Lookup(table, key):
            raise ValueError("body")
        print("suppressed")
    except LookupError as e:
        ctx = e.__context__
        print(type(e).__name__, e, "| context:", type(ctx).__name__, ctx)

try:
    with Lookup({}, "clean"):
        pass
except KeyError as e:
    print("clean exit error", e, "| context:", e.__context__)


class Convert:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        return int(str(e))


try:
    with Convert():
        raise IndexError("not a number")
except ValueError as e:
    print(e, "| context:", repr(e.__context__))

try:
    try:
        raise KeyError("first")
    except KeyError:
        None + 1
except TypeError as e:
    print("plain handler:", e, "| context:", repr(e.__context__))
