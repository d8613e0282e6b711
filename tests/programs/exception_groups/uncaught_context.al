# A group as the context of an uncaught exception, and a naked re-raise through except*.
try:
    try:
        raise ExceptionGroup("first", [ValueError(1), BaseExceptionGroup("base", [KeyboardInterrupt()])])
    except* ValueError:
        pass
except BaseExceptionGroup:
    raise AttributeError("during handling")
