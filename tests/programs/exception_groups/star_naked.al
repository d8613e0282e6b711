# A bare exception is wrapped in an ExceptionGroup('', ...) for the clause that matches.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), type(e).__name__, repr(e.exceptions[0]))
    print(e.message == "", e.__traceback__, e.exceptions[0].__traceback__ is not None)
try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))
try:
    try:
        raise TypeError("unmatched")
    except* ValueError:
        print("never")
except TypeError as e:
    print("plain re-raise:", repr(e))
try:
    try:
        raise ValueError("again")
    except* ValueError:
        raise
except BaseException as e:
    print("bare raise:", type(e).__name__, repr(e))
try:
    try:
        raise ValueError("new")
    except* ValueError:
        raise KeyError("k")
except BaseException as e:
    print("raised in clause:", type(e).__name__, repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("v")
    except* TypeError:
        print("never")
    except* ValueError as e:
        print("second clause", repr(e))
except BaseException as e:
    print("never", e)
