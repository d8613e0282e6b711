# The `as` target is assigned inside the with: an error there reaches
# __exit__ like an error in the body.
class Gives:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        print("enter ->", repr(self.value))
        return self.value

    def __exit__(self, t, e, tb):
        print("exit:", t.__name__ if t else None, e if t else "")
        return False


for value in [(1, 2), (1, 2, 3), 5, "ab", [1]]:
    try:
        with Gives(value) as (x, y):
            print("unpacked", x, y)
    except (ValueError, TypeError) as e:
        print("target failed:", type(e).__name__, e)


class Frozen:
    __slots__ = ()


try:
    with Gives("v") as Frozen().attr:
        print("not reached")
except AttributeError as e:
    print("AttributeError caught")

d = {}
with Gives("k") as d[len(d)]:
    print("key computed after enter", d)
try:
    with Gives("v") as d[[]]:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)
