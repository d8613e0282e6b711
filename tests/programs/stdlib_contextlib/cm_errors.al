from contextlib import contextmanager


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        print("never")
except RuntimeError as e:
    print(repr(e), e.__suppress_context__, e.__context__)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields() as v:
        print("v", v)
except RuntimeError as e:
    print(repr(e))


@contextmanager
def ignores_exception():
    try:
        yield
    except ValueError:
        pass
    yield "again"


try:
    with ignores_exception():
        raise ValueError
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__)


@contextmanager
def plain():
    yield


# StopIteration raised in the body comes back out as itself.
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e.args)


# A RuntimeError raised in the body is the same object outside.
err = RuntimeError("rt")
try:
    with plain():
        raise err
except RuntimeError as e:
    print(e is err)


@contextmanager
def returns_on_stop():
    try:
        yield
    except StopIteration:
        return


with returns_on_stop():
    raise StopIteration("swallowed")
print("swallowed StopIteration")


@contextmanager
def raises_other():
    try:
        yield
    except KeyError:
        raise ValueError("other")


try:
    with raises_other():
        raise KeyError("first")
except ValueError as e:
    print(repr(e), repr(e.__context__))

# The generator's own StopIteration becomes RuntimeError (PEP 479).


@contextmanager
def raises_stop():
    yield
    raise StopIteration("inner")


try:
    with raises_stop():
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))


@contextmanager
def fine():
    yield "x"


cm = fine()
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("reuse:", type(e).__name__)

# GeneratorExit and BaseException subclasses go through too.
try:
    with plain():
        raise KeyboardInterrupt("ki")
except KeyboardInterrupt as e:
    print("ki", e)


@contextmanager
def suppress_all():
    try:
        yield
    except BaseException as e:
        print("suppressing", type(e).__name__)


with suppress_all():
    raise SystemExit(3)
print("still running")

# __exit__ called with a type only: the value is made from it.
cm = suppress_all()
cm.__enter__()
print(cm.__exit__(ValueError, None, None))
