from contextlib import ExitStack


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


# Like nested with statements: each later exception has the earlier one as
# its context.
try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("first registered")))
        stack.push(raiser(KeyError("second registered")))
        raise ValueError("body")
except Exception as e:
    print(chain(e))

# No exception in the body.
try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError(1)))
        stack.push(raiser(KeyError(2)))
except Exception as e:
    print(chain(e))

# Inside an except block: the handled exception stays at the end of the chain.
try:
    raise TypeError("outer")
except TypeError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(IndexError("a")))
            stack.push(raiser(KeyError("b")))
    except Exception as e:
        print(chain(e))

# Compare with nested with statements.


class Raise:
    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise self.exc


try:
    with Raise(IndexError("first registered")):
        with Raise(KeyError("second registered")):
            raise ValueError("body")
except Exception as e:
    print(chain(e))

# An exception raised after the body's was suppressed.


def suppress_all(*a):
    return True


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("after suppression")))
        stack.push(suppress_all)
        raise ValueError("body")
except Exception as e:
    print(chain(e))

# Re-raising the exception that came in keeps it as it is.


def reraise(typ, val, tb):
    raise val


try:
    with ExitStack() as stack:
        stack.push(reraise)
        raise ValueError("same")
except ValueError as e:
    print(chain(e))
