# Exception groups through with statements and context managers that suppress.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if v is None:
            return False
        print("  exit got", repr(v))
        if isinstance(v, BaseExceptionGroup):
            m, rest = v.split(self.types)
            if rest is not None:
                raise rest
            return True
        return isinstance(v, self.types)


with Suppress(ValueError):
    raise ExceptionGroup("all values", [ValueError(1), ValueError(2)])
print("suppressed")
try:
    with Suppress(ValueError):
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2)])
except* TypeError as e:
    print("rest:", repr(e), repr(e.exceptions[0].__context__))
try:
    with Suppress(OSError):
        try:
            raise ExceptionGroup("inner", [OSError(), KeyError()])
        except* KeyError:
            print("KeyError handled inside with")
    print("OSError suppressed by with")
except Exception as e:
    print("never", e)
