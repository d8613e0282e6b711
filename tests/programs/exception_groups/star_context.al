# What an except* statement re-raises gets no context, also in a caller that handles another exception.
def f():
    try:
        raise ExceptionGroup("a", [ValueError(), TypeError()])
    except* ValueError:
        raise KeyError()
def g():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
try:
    raise OSError
except OSError:
    try:
        f()
    except ExceptionGroup as e:
        print(repr(e.__context__))
    try:
        g()
    except ExceptionGroup as e:
        print(repr(e.__context__))
try:
    raise OSError("outer")
except OSError:
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise TypeError("in clause")
    except TypeError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* [][0]:
            pass
    except IndexError as e:
        print(repr(e), repr(e.__context__))
