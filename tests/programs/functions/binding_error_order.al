# Argument binding errors: keywords are checked before the count of
# positional arguments, and messages name the function by its current
# __qualname__ (which may have been reassigned).


def attempt(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)


def f(x, y=0):
    return x, y


attempt(lambda: f(1, 2, 3, x=1))
attempt(lambda: f(1, 2, 3, z=1))
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(y=1))
f.__qualname__ = 'Renamed.method'
attempt(lambda: f(1, 2, 3))
attempt(lambda: f())
attempt(lambda: f(1, q=2))
attempt(lambda: f(1, x=2))


def g(a, /, b, *, c):
    return a, b, c


g.__qualname__ = 'G.g'
attempt(lambda: g(1, 2))
attempt(lambda: g(a=1, b=2, c=3))
attempt(lambda: g(1, 2, 3, c=4))


def make():
    def inner(p):
        return p
    inner.__qualname__ = 'Made.inner'
    return inner


attempt(lambda: make()())
attempt(lambda: make()(1, 2))
print(make().__qualname__, f.__name__)
