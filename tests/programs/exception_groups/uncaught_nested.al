# Nested groups, causes, contexts and notes inside an uncaught group's report.
def collect():
    excs = []
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("looked up 'missing'")
        excs.append(e)
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise RuntimeError("while dividing") from z
    except RuntimeError as e:
        excs.append(e)
    try:
        try:
            int("x")
        except ValueError:
            raise OSError(5, "io")
    except OSError as e:
        excs.append(e)
    try:
        raise ExceptionGroup("inner", [TypeError("t"), ExceptionGroup("innermost", [IndexError(1)])])
    except ExceptionGroup as e:
        excs.append(e)
    return excs


g = ExceptionGroup("outer\nsecond line", collect())
g.add_note("first note\nspans two lines")
g.add_note("second note")
raise g
