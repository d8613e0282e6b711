from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    finally:
        log.append("exit " + name)


with tag("a") as t:
    print("body", t)
print(log)

with tag("outer") as o, tag("inner") as i:
    print(o, i)
print(log)


@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print("caught", type(e).__name__, e)


with catching(ValueError):
    raise ValueError("boom")
print("after suppressed")

try:
    with catching(ValueError):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def translating():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translating():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))


@contextmanager
def reraising():
    try:
        yield
    except Exception:
        print("saw it")
        raise


try:
    with reraising():
        raise TypeError("t")
except TypeError as e:
    print("same exception back:", e)


def body_returns():
    with tag("ret"):
        return "value"


print(body_returns(), log[-2:])

for i in range(3):
    with tag(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log[-4:])


@contextmanager
def gen_with_args(a, b=2, *, c):
    yield (a, b, c)


with gen_with_args(1, c=3) as v:
    print(v)
cm = gen_with_args(1, b=5, c=6)
print(type(cm).__name__, hasattr(cm, "func"))
with cm as v:
    print(v, hasattr(cm, "func"), hasattr(cm, "args"))
print(gen_with_args.__name__, tag.__doc__)


@contextmanager
def documented():
    """Doc of the generator."""
    yield


print(documented().__doc__)
print(repr(gen_with_args(1, c=1).__doc__))
