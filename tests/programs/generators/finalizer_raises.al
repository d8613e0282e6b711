# An exception raised while a generator is being closed as garbage cannot
# propagate: it is reported on stderr ("Exception ignored in: <generator
# object ...>", its traceback, its last line) and the program goes on; at
# exit, the report comes after the exit status is decided. The dropped
# generator is closed at once by CPython and later by alc (at a poll point
# or at exit), so nothing is printed between the drop and the end.


def raises_in_finally(key):
    try:
        yield 1
    finally:
        print("closing", key)
        raise KeyError(key)


dropped = raises_in_finally("dropped")
next(dropped)
dropped = None
kept = raises_in_finally("kept")
next(kept)
raise SystemExit(3)
