# Locals, loop state, closures and exception state survive suspension.
def local_names():
    a = 1
    b = 2
    c = 3
    d = 4
    yield a + b
    e = a * 10
    yield e + c + d
    del a
    try:
        yield a
    except NameError as ex:
        print("unbound:", ex)


print(list(local_names()))


def loops():
    for i in range(3):
        for j in [10, 20]:
            yield i, j
    k = 0
    while k < 2:
        yield "k", k
        k += 1
    else:
        yield "else"


print(list(loops()))


def closure(k):
    def inner():
        for i in range(3):
            yield i + k
    return inner


print(list(closure(100)()))


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    while n < 3:
        yield bump()


print(list(counter()))


def handler_state():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in except"
        try:
            raise
        except KeyError as e:
            yield "reraised " + repr(e)


h = handler_state()
print(next(h))
try:
    raise ValueError("outside")
except ValueError as e2:
    print(repr(e2), repr(e2.__context__))
print(next(h))


def fin():
    try:
        yield 1
        return 5
    finally:
        print("cleanup")


print(list(fin()))


def args(a, b=2, *c, d, **e):
    yield a, b, c, d, e
    yield locals_seen(a, d)


def locals_seen(*xs):
    return xs


print(list(args(1, d=4)))
print(next(args(1, 2, 3, d=4, z=5)))
