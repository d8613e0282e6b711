# else runs when nothing was raised; finally always runs, whatever the clauses did.
def run(excs, raise_in_handler=False):
    try:
        if excs:
            raise ExceptionGroup("eg", excs)
        print("  body done")
    except* ValueError:
        print("  ValueError clause")
        if raise_in_handler:
            raise KeyError("k")
    except* TypeError:
        print("  TypeError clause")
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after the statement")


for args in [([],), ([ValueError()],), ([ValueError(), TypeError()],), ([ValueError()], True), ([OSError()],)]:
    print(args)
    try:
        run(*args)
    except BaseException as e:
        print("  escaped:", repr(e))


def ret():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ValueError:
        print("handled")
    finally:
        return "finally returns"


print(ret())


def no_handler_match():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* TypeError:
        pass
    finally:
        print("finally before propagating")


try:
    no_handler_match()
except ExceptionGroup as e:
    print(repr(e))
