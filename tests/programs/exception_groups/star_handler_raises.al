# Exceptions raised in except* clauses are collected and raised together with the rest.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise KeyError("from value")
    except* TypeError as e:
        raise RuntimeError("from type") from e


try:
    f()
except ExceptionGroup as e:
    print(repr(e))
    print(e.message == "", len(e.exceptions))
    k, r, rest = e.exceptions
    print(repr(k.__context__), k.__cause__)
    print(repr(r.__context__), repr(r.__cause__), r.__suppress_context__)
    print(repr(rest), rest.__context__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("only one")
except Exception as e:
    print("single:", repr(e), type(e).__name__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("new group", [IndexError()])
except Exception as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        1 / 0
    except* TypeError:
        [][1]
except Exception as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
