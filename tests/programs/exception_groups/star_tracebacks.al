# Traceback lines of groups and their parts through except*.
def where(e):
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines


def raiser():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])


def f():
    try:
        raiser()
    except* ValueError as e:
        print("match tb", where(e))
        raise
    except* TypeError as e:
        raise IndexError("new")


try:
    f()
except ExceptionGroup as e:
    print("outer tb", where(e), repr(e))
    for x in e.exceptions:
        print(" ", repr(x), where(x))
