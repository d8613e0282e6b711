# Argument errors when calling classes, with CPython's messages.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class NoInit:
    pass


class BadInit:
    def __init__(self):
        return 5


tests = [
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=3),
    lambda: Point(1, x=2),
    lambda: NoInit(1),
    lambda: NoInit(a=1),
    lambda: BadInit(),
    lambda: object(1),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

p = Point(y=5, x=4)
print(p.x, p.y)
print(type(NoInit()).__name__)


class Kw:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


k = Kw(1, 2, a=3)
print(k.args, k.kwargs)


class KwOnly:
    def __init__(self, a, *, b):
        self.total = a + b


print(KwOnly(1, b=2).total)
try:
    KwOnly(1)
except TypeError as e:
    print("TypeError:", e)
