from contextlib import contextmanager, ExitStack, suppress, nullcontext
import contextlib


@contextmanager
def fails_early():
    raise KeyError("before yield")
    yield


try:
    with fails_early():
        print("no")
except KeyError as e:
    print("early", e)


@contextmanager
def cleanup_fails():
    try:
        yield
    finally:
        raise RuntimeError("cleanup")


try:
    with cleanup_fails():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

try:
    with cleanup_fails():
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


@contextmanager
def yields_twice_on_error():
    try:
        yield
    except Exception:
        yield


try:
    with yields_twice_on_error():
        raise ValueError("x")
except RuntimeError as e:
    print(repr(e))

cm = contextlib.closing(None)
print(type(cm).__name__, cm.thing)
print(contextlib.suppress.__doc__ is not None)
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.callback(print, "inner cb")
        outer.push(inner.pop_all())
    print("inner exited")
print("outer exited")

es = ExitStack()
print(es.__enter__() is es)


class WithClassExit:
    @staticmethod
    def __exit__(*a):
        print("static exit", len(a))


with ExitStack() as s:
    s.push(WithClassExit())

with suppress(ZeroDivisionError) as v:
    print(v)
    1 / 0


@contextmanager
def gen_returning_value():
    yield
    return 5


with gen_returning_value():
    pass
print("ok")


@contextmanager
def catches_and_yields_value():
    try:
        yield 1
    except ZeroDivisionError:
        print("handled zde")


def func():
    with catches_and_yields_value() as v:
        return v / 0
    return "fell through"


print(func())
try:
    with nullcontext() as n, suppress(KeyError):
        raise KeyError
except Exception:
    print("no")
print("nested suppress ok")
