# SystemExit raised by a finaliser at exit is reported like any other
# exception and does not change the exit status: the uncaught ValueError
# decides it (1), and its traceback comes first.


def exits_in_finally():
    try:
        yield 1
    finally:
        print("finally raises SystemExit")
        raise SystemExit(5)


g = exits_in_finally()
next(g)
raise ValueError("uncaught")
