from types import MethodType


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


c = Counter()
m = MethodType(bump, c)
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is bump)
c.bump = MethodType(bump, c)
print(c.bump(10))
print(MethodType(len, "abcd")())


def show(*args):
    return args


print(MethodType(show, 1)(2, 3))
print(type(m).__name__)
print(m == MethodType(bump, c))
