# What no except* clause matched continues outwards as a group.
def f(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("  handled", repr(e))


for excs in [[ValueError(1)], [ValueError(1), TypeError(2)], [TypeError(2), KeyError(3)],
             [ExceptionGroup("inner", [ValueError(4), OSError(5)]), ValueError(6)]]:
    try:
        f(excs)
        print("  all handled")
    except ExceptionGroup as e:
        print("  rest:", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
except* TypeError as e:
    print("outer except* got", repr(e))
try:
    try:
        raise BaseExceptionGroup("b", [SystemExit(3), ValueError(1)])
    except* ValueError:
        print("value handled")
except SystemExit:
    print("not reached")
except BaseExceptionGroup as e:
    print("rest", type(e).__name__, repr(e))
