# User decorators on functions, methods and classes.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args[1:], kwargs)
        return fn(*args, **kwargs)
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco


registry = {}


def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls


@register
class Calc:
    def __init__(self, base):
        self.base = base

    @trace
    def add(self, x, y=0):
        return self.base + x + y

    @repeat(3)
    def ping(self):
        return "ping"

    @staticmethod
    @repeat(2)
    def twice(x):
        return x


c = Calc(10)
print(c.add(1, y=2))
print(c.ping())
print(Calc.twice(7))
print(registry, Calc.registered)


def add_method(cls):
    def describe(self):
        return f"<{cls.__name__} {self.__dict__}>"
    cls.describe = describe
    return cls


@add_method
@register
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2).describe())
print(sorted(registry))


def memo(fn):
    cache = {}

    def wrapper(self, n):
        if n not in cache:
            cache[n] = fn(self, n)
        return cache[n]
    return wrapper


class Fib:
    @memo
    def fib(self, n):
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)


print(Fib().fib(80))
