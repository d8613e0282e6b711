# The clause types except* refuses, at run time.
for t in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 5), "x"]:
    try:
        try:
            raise ExceptionGroup("eg", [ValueError()])
        except* t:
            print("never")
    except TypeError as e:
        print(repr(t) if not isinstance(t, type) else t.__name__, "->", e)
        print("  context:", repr(e.__context__))


class MyGroup(ExceptionGroup):
    pass


try:
    try:
        raise ValueError
    except* MyGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except* ():
        print("never")
except ValueError as e:
    print("empty tuple matches nothing:", repr(e))
